import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createVault } from '../../../electron/core/vault/index.ts';
import { runFakeCli } from '../../support/fake-cli-io.ts';
import { runBuiltCli } from '../../support/built-cli.ts';
import { FAST_KDF, tempVault } from '../../support/vault-helpers.ts';

/**
 * L3 leftover: `apppass profile` builds setup files from a stored entry, which may hold control
 * characters (an import keeps fields as they were). It now refuses them as VALIDATION like
 * mail.profile does, instead of INTERNAL or a Thunderbird file that is not well-formed.
 */
const PW = 'profile control characters';
const t = tempVault();
afterAll(() => t.cleanup());

describe('apppass profile refuses control characters from a stored entry (L3)', () => {
  it('VALIDATION for every format, nothing written, the value not echoed; a clean entry still works', async () => {
    const s = await createVault(t.path, PW, { kdf: FAST_KDF });
    const bad = s.add({ provider: 'fastmail', account: 'ja\u0007ne@fastmail.com', label: 'Bad', secret: 'x' }); // as an import could have stored it
    const good = s.add({ provider: 'fastmail', account: 'joe@fastmail.com', label: 'Good', secret: 'y' });
    await s.save();
    s.lock();
    for (const format of ['mobileconfig', 'thunderbird', 'sheet-text']) {
      const out = join(t.dir, `bad-${format}.out`);
      const r = await runFakeCli(['profile', bad.id, '--vault', t.path, '--password-stdin', '--format', format, '--out', out, '--json'], [PW]);
      expect(JSON.parse(r.out || r.err), r.out + r.err).toMatchObject({ error: { code: 'VALIDATION' } });
      expect(r.out + r.err).not.toContain('\u0007');
      expect(existsSync(out)).toBe(false);
    }
    // The built CLI, as users run it: the same answer.
    const built = await runBuiltCli(['--vault', t.path, '--password-stdin', '--json', 'profile', bad.id, '--format', 'thunderbird', '--out', join(t.dir, 'built.xml')], { stdin: `${PW}\n` });
    expect(JSON.parse(built.stdout || built.stderr)).toMatchObject({ error: { code: 'VALIDATION' } });
    expect(existsSync(join(t.dir, 'built.xml'))).toBe(false);
    const out = join(t.dir, 'good.mobileconfig');
    expect((await runFakeCli(['profile', good.id, '--vault', t.path, '--password-stdin', '--format', 'mobileconfig', '--out', out], [PW])).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});
