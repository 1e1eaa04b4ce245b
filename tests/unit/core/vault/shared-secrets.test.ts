import { afterEach, describe, expect, it } from 'vitest';
import { createVault } from '../../../../electron/core/vault/index.ts';
import { FAST_KDF, tempVault } from '../../../support/vault-helpers.ts';

describe('VaultSession.sharedSecretGroups', () => {
  let t: ReturnType<typeof tempVault>;
  afterEach(() => t?.cleanup());

  it('groups live entries that hold the same app password, and returns ids only', async () => {
    t = tempVault();
    const s = await createVault(t.path, 'correct horse battery staple 42', { kdf: FAST_KDF });
    const add = (label: string, secret: string) => s.add({ provider: 'gmail', account: 'a@gmail.com', label, secret, notes: '', tags: [], favourite: false });
    const a = add('Laptop', 'same-secret-1');
    const b = add('Desktop', 'same-secret-1');
    add('Phone', 'unique-secret');
    const c = add('Old phone', 'same-secret-1');
    s.update(c.id, { revoked: true });
    const groups = s.sharedSecretGroups();
    expect(groups).toEqual([[a.id, b.id]]);
    expect(JSON.stringify(groups)).not.toContain('same-secret');
  });
});
