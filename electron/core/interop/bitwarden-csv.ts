import { ENTRY_LIMITS } from '../../contract/calls/vault.ts';
import { parseCsv } from './csv-text.ts';
import { detectProvider } from './detect-provider.ts';
import { clip, makeCandidate, type ImportCandidate, type ParsedImport, type SkippedItem } from './import-candidate.ts';
import { importInvalid } from './import-errors.ts';
import { IMPORT_LIMITS, type ImportLimits } from './limits.ts';

/** The columns of Bitwarden's individual-vault CSV export. */
export const BITWARDEN_CSV_COLUMNS = ['folder', 'favorite', 'type', 'name', 'notes', 'fields', 'reprompt', 'login_uri', 'login_username', 'login_password', 'login_totp'] as const;
const REQUIRED = ['type', 'name', 'login_uri', 'login_username', 'login_password'] as const;

/**
 * Bitwarden's CSV export: rows of type "login" become entries (name → label, login_username →
 * account, login_password → secret, login_uri (comma-separated) → provider, notes, folder → tag,
 * favorite "1"); "note" rows are skipped.
 */
export async function readBitwardenCsv(bytes: Uint8Array, limits: ImportLimits = IMPORT_LIMITS): Promise<ParsedImport> {
  const table = await parseCsv(bytes, limits);
  const missing = REQUIRED.filter((c) => !table.columns.includes(c));
  if (missing.length > 0) throw importInvalid(`it is not a Bitwarden CSV export (no column ${missing.join(', ')})`);
  const candidates: ImportCandidate[] = [];
  const skipped: SkippedItem[] = [];
  table.rows.forEach((row, index) => {
    const at = `row ${index + 2}`;
    const type = (row['type'] ?? '').trim().toLowerCase();
    if (type !== 'login') {
      skipped.push({ where: at, reason: type === 'note' ? 'it is a secure note' : 'it is not a login' });
      return;
    }
    const secret = row['login_password'] ?? '';
    if (secret === '') {
      skipped.push({ where: at, reason: 'no password' });
      return;
    }
    const username = row['login_username'] ?? '';
    const name = row['name'] ?? '';
    const account = username !== '' ? username : name;
    if (account === '') {
      skipped.push({ where: at, reason: 'no user name or name' });
      return;
    }
    const uris = (row['login_uri'] ?? '').split(',').map((u) => u.trim()).filter((u) => u !== '');
    const folder = (row['folder'] ?? '').trim();
    candidates.push(
      makeCandidate(at, {
        provider: detectProvider(uris, account),
        account,
        label: username !== '' ? clip(name, ENTRY_LIMITS.label) : '',
        secret,
        notes: row['notes'] ?? '',
        tags: folder === '' ? [] : [clip(folder, ENTRY_LIMITS.tag)],
        favourite: (row['favorite'] ?? '').trim() === '1',
      }),
    );
  });
  return { candidates, skipped };
}
