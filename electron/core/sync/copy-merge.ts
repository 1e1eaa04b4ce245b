import type { MergeReport } from '../../contract/calls/vault.ts';
import { AppError } from '../errors/index.ts';
import { deriveKey } from '../kdf/index.ts';
import { unwrapVaultKey } from '../vault/crypto/key-wrap.ts';
import { decodeBody } from '../vault/decode-body.ts';
import type { Container } from '../vault/format/container.ts';
import type { VaultHeader } from '../vault/format/header.ts';
import { mergeWrapsOf } from './key-wrap-merge.ts';
import { mergeBodies, type SyncedBody } from './merge-body.ts';
import { mergeReport } from './merge-report.ts';
import { completeStamps, legacySyncMeta } from './sync-meta.ts';

/** A vault as it is in memory: header, key and body. */
export interface OpenCopy {
  header: VaultHeader;
  vaultKey: Buffer;
  body: SyncedBody;
}

function notACopy(name: string): AppError {
  return new AppError('NOT_A_COPY', `${name} is not a copy of this vault (its vault id differs); it was left alone.`, { details: { file: name } });
}

/**
 * Decrypts a copy of the vault `local`. A copy under the same vault key opens with no password. A
 * copy under another one (the master password was changed on another computer, which also changes
 * the key) is never merged silently: `askPassword` is asked for that password, or, without it,
 * COPY_PASSWORD_REQUIRED. WRONG_PASSWORD when the password given does not open it; NOT_A_COPY for
 * another vault. The caller zeroes the returned key when it is not `local.vaultKey`.
 */
export async function openCopy(container: Container, name: string, local: { header: VaultHeader; vaultKey: Buffer }, askPassword?: () => Promise<string>): Promise<OpenCopy> {
  if (container.header.vaultId !== local.header.vaultId) throw notACopy(name);
  let vaultKey = local.vaultKey;
  let body: SyncedBody | null = null;
  try {
    body = decodeBody(container, vaultKey) as SyncedBody;
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'VAULT_TAMPERED') throw error;
  }
  if (body === null) {
    if (askPassword === undefined) {
      throw new AppError('COPY_PASSWORD_REQUIRED', `${name} is a copy of this vault under another master password; give that password to merge it.`, { details: { file: name } });
    }
    const wrap = container.header.wraps.find((w) => w.kind === 'password');
    const kek = await deriveKey(await askPassword(), container.header.kdf.salt, container.header.kdf);
    const key = wrap === undefined ? null : unwrapVaultKey(container.header.vaultId, wrap, kek);
    kek.fill(0);
    if (key === null) throw new AppError('WRONG_PASSWORD', `That is not the master password of ${name}.`, { details: { file: name } });
    vaultKey = key;
    try {
      body = decodeBody(container, vaultKey) as SyncedBody;
    } catch (error) {
      key.fill(0);
      throw error;
    }
  }
  body.sync ??= legacySyncMeta(body.entries);
  completeStamps(body.sync, body.entries);
  return { header: container.header, vaultKey, body };
}

/**
 * Merges `copy` into `local`. The body is the join of both; the header and key are those of the
 * copy whose master password changed last (so the result is saved under the newest password). The
 * key wraps besides the password's (each computer's quick unlock) are joined when both copies have
 * the same key since the same password change; otherwise the other copy's wraps are of an old key
 * and only the newer copy's count.
 */
export function mergeCopies(local: OpenCopy, copy: OpenCopy, names: string[], seenByLocal?: (stamp: string) => boolean): OpenCopy & { report: MergeReport } {
  const body = mergeBodies(local.body, copy.body, seenByLocal);
  const report = mergeReport(local.body, body, names);
  const wraps = mergeWrapsOf({ ...local, sync: local.body.sync }, { ...copy, sync: copy.body.sync });
  const winner = wraps.winner === 'copy' ? copy : local;
  if (Object.keys(wraps.stamps).length > 0) body.sync.keyWraps = wraps.stamps;
  else delete body.sync.keyWraps;
  return { header: wraps.header, vaultKey: winner.vaultKey, body, report };
}
