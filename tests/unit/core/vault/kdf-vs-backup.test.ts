import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createVault, openVault, readVaultInfo } from '../../../../electron/core/vault/index.ts';
import { runFakeCli } from '../../../support/fake-cli-io.ts';
import { rewriteHeader, tempVault } from '../../../support/vault-helpers.ts';

/**
 * L9: KDF settings lowered in the header (digest recomputed) read as "wrong password". Now, when they
 * differ from those in PATH.bak, the words say the settings may have been changed, and `apppass
 * info` comments on it. Nothing opens either way.
 */
const PW = 'kdf versus backup password';
const KDF = { memoryKiB: 24 * 1024, iterations: 2, parallelism: 1 };
const t = tempVault();
afterAll(() => t.cleanup());

describe('KDF settings that differ from the backup (L9)', () => {
  it('plain "wrong password" while file and backup agree; the changed-settings words once the header was lowered', async () => {
    const s = await createVault(t.path, PW, { kdf: KDF });
    s.add({ account: 'a@example.com', label: 'A', secret: 'kdf-secret-a' });
    await s.save(); // PATH.bak now holds the same KDF
    s.lock();
    await expect(openVault(t.path, 'not the password')).rejects.toMatchObject({ code: 'WRONG_PASSWORD', message: 'The master password is wrong.' });
    expect((await readVaultInfo(t.path)).backupKdfDiffers).toBeNull();

    writeFileSync(t.path, rewriteHeader(readFileSync(t.path), (h) => {
      (h['kdf'] as Record<string, unknown>)['memoryKiB'] = 19 * 1024;
    }));
    // Even the right password is refused (the key cannot be derived), and the words say why it may be.
    for (const password of [PW, 'not the password']) {
      await expect(openVault(t.path, password)).rejects.toMatchObject({
        code: 'WRONG_PASSWORD',
        message: expect.stringContaining("Wrong password, or the file's key-derivation settings were changed"),
        details: { reason: 'kdf-differs-from-backup' },
      });
    }
    expect((await readVaultInfo(t.path)).backupKdfDiffers).toEqual(KDF);
    const info = await runFakeCli(['info', '--vault', t.path], []);
    expect(info.code).toBe(0);
    expect(info.out).toContain("these kdf settings differ from the backup's (24576 KiB, t=2, p=1)");
    const json = await runFakeCli(['info', '--vault', t.path, '--json'], []);
    expect(JSON.parse(json.out)).toMatchObject({ backupKdfDiffers: KDF, kdfBelowRecommended: true });
    const wrong = await runFakeCli(['list', '--vault', t.path, '--password-stdin', '--json'], [PW]);
    expect(wrong.code).toBe(3);
    expect(wrong.out + wrong.err).toContain('key-derivation settings were changed');
  });
});
