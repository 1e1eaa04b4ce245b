import type kdbxwebNs from 'kdbxweb';
import { z } from 'zod';
import { ENTRY_LIMITS, entryServerSchema } from '../../contract/calls/vault.ts';
import { isAppError } from '../errors/index.ts';
import { detectProvider } from './detect-provider.ts';
import { clip, makeCandidate, type ImportCandidate, type ParsedImport, type SkippedItem } from './import-candidate.ts';
import { importInvalid, importTooLarge, importWrongPassword } from './import-errors.ts';
import { setUpKdbxweb, withKdbxLimits } from './kdbx-engine.ts';
import { KDBX_FIELDS, KDBX_GROUP } from './kdbx-fields.ts';
import { IMPORT_LIMITS, type ImportLimits } from './limits.ts';

type KdbxEntry = kdbxwebNs.KdbxEntry;
type KdbxGroup = kdbxwebNs.KdbxGroup;

const metaSchema = z.strictObject({
  created: z.string(),
  updated: z.string(),
  lastCopied: z.string().nullable(),
  revoked: z.string().nullable(),
  favourite: z.boolean().optional(),
  /** The spelling of exports before format 3 (read, never written). */
  favorite: z.boolean().optional(),
  /** Tag order as AppPass had it (KeePassXC sorts tags); used only while the set of tags is unchanged. */
  tags: z.array(z.string()).max(64).optional(),
});

function text(entry: KdbxEntry, name: string): string {
  const value = entry.fields.get(name);
  if (value === undefined) return '';
  return typeof value === 'string' ? value : value.getText();
}

function parseJson(value: string, where: string, field: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw importInvalid(`${field} is not valid JSON`, where);
  }
}

/** Maps kdbxweb's failures to typed import errors; our own AppErrors pass through. */
function translate(kdbxweb: typeof kdbxwebNs, error: unknown): Error {
  if (isAppError(error)) return error;
  if (error instanceof kdbxweb.KdbxError) {
    if (error.code === kdbxweb.Consts.ErrorCodes.InvalidKey) return importWrongPassword();
    if (error.code === kdbxweb.Consts.ErrorCodes.BadSignature) return importInvalid('it is not a KeePass (KDBX) database');
    if (error.code === kdbxweb.Consts.ErrorCodes.InvalidVersion) return importInvalid('its KDBX version is not supported (3.1 and 4 are)');
    if (error.code === kdbxweb.Consts.ErrorCodes.Unsupported) return importInvalid('it uses a KDBX feature AppPass does not support (a key file, or an unknown cipher or KDF)');
    return importInvalid('the KeePass database is damaged');
  }
  return importInvalid('the KeePass database could not be read');
}

function candidateOf(entry: KdbxEntry, where: string, groupTag: string | null): ImportCandidate | SkippedItem {
  const secret = text(entry, 'Password');
  if (secret === '') return { where, reason: 'no password' };
  const title = text(entry, 'Title');
  const userName = text(entry, 'UserName');
  const ownProvider = text(entry, KDBX_FIELDS.provider);
  const ownLabel = entry.fields.has(KDBX_FIELDS.label) ? text(entry, KDBX_FIELDS.label) : null;
  const account = userName !== '' ? userName : title;
  if (account === '') return { where, reason: 'no user name or title' };
  let tags = [...new Set([...entry.tags, ...(groupTag === null ? [] : [groupTag])].map((t) => clip(t.trim(), ENTRY_LIMITS.tag)).filter((t) => t !== ''))];
  const servers = text(entry, KDBX_FIELDS.servers);
  const metaText = text(entry, KDBX_FIELDS.meta);
  const meta = metaText === '' ? null : metaSchema.safeParse(parseJson(metaText, where, KDBX_FIELDS.meta));
  if (meta !== null && !meta.success) throw importInvalid(`${KDBX_FIELDS.meta} has the wrong shape`, where);
  const ordered = meta?.data?.tags;
  if (ordered !== undefined && ordered.length === tags.length && [...ordered].sort().join('\n') === [...tags].sort().join('\n')) tags = ordered;
  const server = servers === '' ? undefined : entryServerSchema.safeParse(parseJson(servers, where, KDBX_FIELDS.servers));
  if (server !== undefined && !server.success) throw importInvalid(`${KDBX_FIELDS.servers} has the wrong shape`, where);
  const raw: Record<string, unknown> = {
    provider: ownProvider !== '' ? ownProvider : detectProvider([text(entry, 'URL')], account),
    account,
    label: ownLabel ?? clip(userName !== '' ? title : '', ENTRY_LIMITS.label),
    secret,
    notes: text(entry, 'Notes'),
    tags,
    favourite: meta?.data?.favourite ?? meta?.data?.favorite ?? false,
    ...(server?.data === undefined ? {} : { server: server.data }),
  };
  const id = text(entry, KDBX_FIELDS.id);
  const kept = meta?.data;
  const preserved = id !== '' && kept !== undefined ? { id, created: kept.created, updated: kept.updated, lastCopied: kept.lastCopied, revoked: kept.revoked } : undefined;
  return makeCandidate(where, raw, preserved);
}

/**
 * Reads a KDBX 3.1 or 4 database (password only; no key files) into import candidates. Every
 * entry outside the recycle bin with a password becomes a candidate; the others are listed as
 * skipped. Entries of a group other than the root and "AppPass" get the group's name as a tag.
 */
export async function readKdbx(bytes: Uint8Array, password: string, limits: ImportLimits = IMPORT_LIMITS): Promise<ParsedImport> {
  if (bytes.length > limits.fileBytes) throw importTooLarge(`the file has ${bytes.length} bytes`, limits.fileBytes);
  const kdbxweb = await setUpKdbxweb();
  let db: kdbxwebNs.Kdbx;
  try {
    const credentials = new kdbxweb.Credentials(kdbxweb.ProtectedValue.fromString(password));
    const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    db = await withKdbxLimits(limits, () => kdbxweb.Kdbx.load(data, credentials));
  } catch (error) {
    throw translate(kdbxweb, error);
  }
  const recycleBin = db.meta.recycleBinUuid?.id ?? null;
  const root = db.getDefaultGroup();
  const candidates: ImportCandidate[] = [];
  const skipped: SkippedItem[] = [];
  let n = 0;
  const walk = (group: KdbxGroup, tag: string | null): void => {
    for (const entry of group.entries) {
      n++;
      if (n > limits.entries) throw importTooLarge('the database has more entries than the limit', limits.entries);
      const result = candidateOf(entry, `entry ${n}`, tag);
      if ('secret' in result) candidates.push(result);
      else skipped.push(result);
    }
    for (const child of group.groups) {
      if (recycleBin !== null && child.uuid.id === recycleBin) continue;
      walk(child, child.name === undefined || child.name === '' || child.name === KDBX_GROUP ? null : child.name);
    }
  };
  walk(root, null);
  return { candidates, skipped };
}
