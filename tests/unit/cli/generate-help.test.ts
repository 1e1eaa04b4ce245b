import { describe, expect, it } from 'vitest';
import { GENERATOR_LIMITS } from '../../../electron/contract/limits.ts';
import { runFakeCli } from '../../support/fake-cli-io.ts';

// The CLI states the generator's limits from their one home (contract/limits.ts), as the generator
// screen does; the core enforces the same ones.
describe('apppass generate --help', () => {
  it('states the ranges and defaults of contract/limits.ts', async () => {
    const { pin, alnum, passphrase, count } = GENERATOR_LIMITS;
    const run = await runFakeCli(['generate', '--help']);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`pin: ${pin.min}–${pin.max} digits (default ${pin.default})`);
    expect(run.out).toContain(`alnum: ${alnum.min}–${alnum.max} characters (default ${alnum.default})`);
    expect(run.out).toContain(`passphrase: ${passphrase.min}–${passphrase.max} words (default ${passphrase.default})`);
    expect(run.out).toContain(`--count N      ${count.min}–${count.max}`);
  });

  it('and refuses what is outside them, as a usage error', async () => {
    const tooLong = await runFakeCli(['generate', '--kind', 'pin', '--length', String(GENERATOR_LIMITS.pin.max + 1)]);
    expect(tooLong.code).toBe(2);
    const longest = await runFakeCli(['generate', '--kind', 'pin', '--length', String(GENERATOR_LIMITS.pin.max)]);
    expect(longest.out.trim()).toMatch(new RegExp(`^[0-9]{${GENERATOR_LIMITS.pin.max}}$`));
  });
});
