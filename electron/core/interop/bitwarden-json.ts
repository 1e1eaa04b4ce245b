import { z } from 'zod';
import { ENTRY_LIMITS } from '../../contract/calls/vault.ts';
import { detectProvider } from './detect-provider.ts';
import { clip, makeCandidate, type ImportCandidate, type ParsedImport, type SkippedItem } from './import-candidate.ts';
import { importInvalid, importTooLarge } from './import-errors.ts';
import { IMPORT_LIMITS, type ImportLimits } from './limits.ts';

/** Bitwarden item types: 1 login, 2 secure note, 3 card, 4 identity, 5 SSH key. */
const LOGIN = 1;
const TYPE_NAMES: Record<number, string> = { 2: 'a secure note', 3: 'a card', 4: 'an identity', 5: 'an SSH key' };

const nullableText = z.string().nullish();
/** The parts of Bitwarden's unencrypted JSON export that AppPass reads; other fields are ignored. */
const itemSchema = z.looseObject({
  type: z.number().int(),
  name: nullableText,
  notes: nullableText,
  favorite: z.boolean().nullish(),
  folderId: nullableText,
  login: z
    .looseObject({
      username: nullableText,
      password: nullableText,
      uris: z.array(z.looseObject({ uri: nullableText })).nullish(),
    })
    .nullish(),
});
const exportSchema = z.looseObject({
  encrypted: z.boolean().optional(),
  folders: z.array(z.looseObject({ id: z.string(), name: z.string() })).nullish(),
  items: z.array(z.unknown()),
});

/** One failing path, no values. */
function where(issues: readonly z.core.$ZodIssue[]): string {
  const first = issues[0];
  return first === undefined ? 'unknown field' : `${first.path.join('.') || 'item'} has the wrong type`;
}

/**
 * Bitwarden's unencrypted JSON export (`bw export --format json`, or the web vault's "JSON"):
 * logins become entries (name → label, login.username → account, login.password → secret,
 * login.uris → provider detection, notes, folder → tag, favorite); other item types are skipped.
 * An encrypted export is refused with advice to export unencrypted.
 */
export function readBitwardenJson(bytes: Uint8Array, limits: ImportLimits = IMPORT_LIMITS): ParsedImport {
  if (bytes.length > limits.fileBytes) throw importTooLarge(`the file has ${bytes.length} bytes`, limits.fileBytes);
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw importInvalid('it is not JSON');
  }
  const parsed = exportSchema.safeParse(json);
  if (!parsed.success) throw importInvalid(`it is not a Bitwarden JSON export (${where(parsed.error.issues)})`);
  if (parsed.data.encrypted === true) throw importInvalid('it is an encrypted Bitwarden export; export again choosing the unencrypted .json format');
  if (parsed.data.items.length > limits.entries) throw importTooLarge(`the file has ${parsed.data.items.length} items`, limits.entries);
  const folders = new Map((parsed.data.folders ?? []).map((f) => [f.id, f.name]));
  const candidates: ImportCandidate[] = [];
  const skipped: SkippedItem[] = [];
  parsed.data.items.forEach((rawItem, index) => {
    const at = `item ${index + 1}`;
    const item = itemSchema.safeParse(rawItem);
    if (!item.success) throw importInvalid(where(item.error.issues), at);
    const { type, name, notes, favorite, folderId, login } = item.data;
    if (type !== LOGIN) {
      skipped.push({ where: at, reason: `it is ${TYPE_NAMES[type] ?? 'not a login'}` });
      return;
    }
    const secret = login?.password ?? '';
    if (secret === '') {
      skipped.push({ where: at, reason: 'no password' });
      return;
    }
    const username = login?.username ?? '';
    const title = name ?? '';
    const account = username !== '' ? username : title;
    if (account === '') {
      skipped.push({ where: at, reason: 'no user name or name' });
      return;
    }
    const uris = (login?.uris ?? []).map((u) => u.uri ?? '').filter((u) => u !== '');
    const folder = folderId == null ? undefined : folders.get(folderId);
    candidates.push(
      makeCandidate(at, {
        provider: detectProvider(uris, account),
        account,
        label: username !== '' ? clip(title, ENTRY_LIMITS.label) : '',
        secret,
        notes: notes ?? '',
        tags: folder === undefined || folder.trim() === '' ? [] : [clip(folder.trim(), ENTRY_LIMITS.tag)],
        favourite: favorite ?? false,
      }),
    );
  });
  return { candidates, skipped };
}
