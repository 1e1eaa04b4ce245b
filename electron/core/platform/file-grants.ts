import { randomBytes } from 'node:crypto';
import { AppError } from '../errors/index.ts';

/** What a granted file may be used for: a grant for one purpose never serves another. */
export type FileGrantPurpose = 'open-vault' | 'read-import' | 'write-export' | 'read-catalog';

/** How long a grant stays valid after the dialog returned it. */
export const FILE_GRANT_TTL_MS = 10 * 60_000;
/** Grants kept at once; the oldest is forgotten first. */
const MAX_GRANTS = 32;

interface Grant {
  path: string;
  purpose: FileGrantPurpose;
  expires: number;
}

function expired(): AppError {
  return new AppError('USAGE', 'That file choice is no longer valid. Choose the file again.');
}

/**
 * The renderer never names a file-system path (H2). A host's own dialog (Electron's save/open
 * dialogs, in the main process) puts the path the user chose in here and the renderer gets an opaque
 * random token for it; export, import and vault.openFile take the token and look the path up here.
 * A token is bound to its purpose, expires, and is used up by `take`; `peek` lets an import preview
 * re-read the same file (a changed CSV mapping) before `take` applies it.
 */
export class FileGrants {
  private readonly grants = new Map<string, Grant>();
  private readonly now: () => number;

  constructor(options: { now?: () => number } = {}) {
    this.now = options.now ?? Date.now;
  }

  /** Registers a path a host dialog returned; returns the token for the renderer. */
  grant(path: string, purpose: FileGrantPurpose): string {
    const token = randomBytes(18).toString('base64url');
    this.grants.set(token, { path, purpose, expires: this.now() + FILE_GRANT_TTL_MS });
    while (this.grants.size > MAX_GRANTS) this.grants.delete(this.grants.keys().next().value as string);
    return token;
  }

  /** The path of a valid grant for `purpose`, leaving it valid. USAGE for an unknown, expired or other-purpose token. */
  peek(token: string, purpose: FileGrantPurpose): string {
    const grant = this.grants.get(token);
    if (grant === undefined || grant.purpose !== purpose) throw expired();
    if (grant.expires < this.now()) {
      this.grants.delete(token);
      throw expired();
    }
    return grant.path;
  }

  /** Like peek, and the token is used up. */
  take(token: string, purpose: FileGrantPurpose): string {
    const path = this.peek(token, purpose);
    this.grants.delete(token);
    return path;
  }
}
