import type { VaultSession } from '../../electron/core/vault/index.ts';
import { makeTempVault } from './temp-vault.ts';

export const MASTER = 'master password';

/** A fresh vault (KDF at the floor, so tests stay fast) with two entries, in its own temp folder. */
export async function sampleVault(): Promise<{ dir: string; path: string; session: VaultSession; cleanup: () => void }> {
  const { dir, path, session, cleanup } = await makeTempVault({ password: MASTER, prefix: 'apppass-interop-' });
  session.add({ provider: 'gmail', account: 'alice@gmail.com', label: 'iPhone Mail', secret: 'abcd efgh ijkl mnop', notes: 'first', tags: ['work', 'phone'], favourite: true });
  const second = session.add({
    provider: 'custom',
    account: 'bob@example.org',
    label: 'Thunderbird',
    secret: 'p@ss — wörd "quoted", comma',
    notes: 'line one\nline two',
    server: { imap: { host: 'imap.example.org', port: 993, security: 'ssl', username: 'bob' }, smtp: { host: 'smtp.example.org', port: 587, security: 'starttls', username: '' } },
  });
  session.update(second.id, { revoked: true });
  session.markCopied(second.id);
  await session.save();
  return { dir, path, session, cleanup };
}
