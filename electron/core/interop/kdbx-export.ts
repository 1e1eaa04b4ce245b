import type { Entry } from '../../contract/calls/vault.ts';
import { checkKdfParams, type KdfParams } from '../kdf/index.ts';
import { allProviders } from '../providers/index.ts';
import { setUpKdbxweb } from './kdbx-engine.ts';
import { KDBX_FIELDS, KDBX_GROUP, TITLE_SEPARATOR } from './kdbx-fields.ts';

/** "Gmail — iPhone Mail" (the provider's short name, or its id for custom entries). */
export function kdbxTitle(entry: Pick<Entry, 'provider' | 'label'>): string {
  const name = allProviders().find((p) => p.id === entry.provider)?.shortName ?? entry.provider;
  return entry.label === '' ? name : `${name}${TITLE_SEPARATOR}${entry.label}`;
}

/**
 * A KDBX 4 database (AES-256, Argon2id with `kdf` — at least the vault's own parameters) holding
 * every entry in the group "AppPass": Title, UserName (the address), Password (protected), URL
 * (the provider's app-password page), Notes, Tags, and AppPass-* custom fields for the rest.
 */
export async function entriesToKdbx(entries: readonly Entry[], password: string, kdf: KdfParams): Promise<Uint8Array> {
  const kdbxweb = await setUpKdbxweb();
  const params = checkKdfParams(kdf);
  const credentials = new kdbxweb.Credentials(kdbxweb.ProtectedValue.fromString(password));
  const db = kdbxweb.Kdbx.create(credentials, 'AppPass export');
  db.setVersion(4);
  db.setKdf(kdbxweb.Consts.KdfId.Argon2id);
  const kdfParameters = db.header.kdfParameters;
  if (kdfParameters === undefined) throw new Error('kdbxweb made no KDF parameters');
  kdfParameters.set('M', kdbxweb.VarDictionary.ValueType.UInt64, kdbxweb.Int64.from(params.memoryKiB * 1024));
  kdfParameters.set('I', kdbxweb.VarDictionary.ValueType.UInt64, kdbxweb.Int64.from(params.iterations));
  kdfParameters.set('P', kdbxweb.VarDictionary.ValueType.UInt32, params.parallelism);
  const group = db.createGroup(db.getDefaultGroup(), KDBX_GROUP);
  const pages = new Map(allProviders().map((p) => [p.id, p.appPasswords.pageUrl]));
  for (const entry of entries) {
    const item = db.createEntry(group);
    item.fields.set('Title', kdbxTitle(entry));
    item.fields.set('UserName', entry.account);
    item.fields.set('Password', kdbxweb.ProtectedValue.fromString(entry.secret));
    item.fields.set('URL', pages.get(entry.provider) ?? '');
    item.fields.set('Notes', entry.notes);
    item.fields.set(KDBX_FIELDS.id, entry.id);
    item.fields.set(KDBX_FIELDS.provider, entry.provider);
    item.fields.set(KDBX_FIELDS.label, entry.label);
    if (entry.server !== undefined) item.fields.set(KDBX_FIELDS.servers, JSON.stringify(entry.server));
    item.fields.set(
      KDBX_FIELDS.meta,
      JSON.stringify({ created: entry.created, updated: entry.updated, lastCopied: entry.lastCopied, revoked: entry.revoked, favourite: entry.favourite, tags: entry.tags }),
    );
    item.tags = [...entry.tags];
    item.times.creationTime = new Date(entry.created);
    item.times.lastModTime = new Date(entry.updated);
  }
  const bytes = await db.save();
  return new Uint8Array(bytes);
}
