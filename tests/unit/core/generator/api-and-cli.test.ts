import { describe, expect, it } from 'vitest';
import { createHandlers, createServices, dispatch } from '../../../../electron/core/api/index.ts';
import { generateCommand } from '../../../../electron/cli/commands/generate.ts';
import { EFF_WORDS } from '../../../../electron/core/generator/index.ts';
import { runFakeCli } from '../../../support/fake-cli-io.ts';

const handlers = createHandlers(createServices({ version: '0.0.0-test', platform: 'linux', vaultPath: '/nonexistent/vault' }));

const cli = (...argv: string[]) => runFakeCli(argv, [], {}, [generateCommand]);

describe('contract calls', () => {
  it('generator.generate returns passwords and entropy', async () => {
    const r = await dispatch(handlers, 'generator.generate', { kind: 'pin', length: 8, count: 3 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const value = r.value as { passwords: string[]; entropyBits: number };
    expect(value.passwords).toHaveLength(3);
    for (const p of value.passwords) expect(p).toMatch(/^[0-9]{8}$/);
    expect(value.entropyBits).toBeCloseTo(8 * Math.log2(10), 10);
  });

  it('generator.generate refuses out-of-range and unknown options before the core runs', async () => {
    for (const input of [{ kind: 'pin', length: 20 }, { kind: 'alnum', colour: 'red' }, { kind: 'nope' }, { kind: 'pattern' }]) {
      const r = await dispatch(handlers, 'generator.generate', input);
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });

  it('generator.generate reports a bad pattern with its position', async () => {
    const r = await dispatch(handlers, 'generator.generate', { kind: 'pattern', pattern: 'dd[' });
    expect(r).toMatchObject({ ok: false, error: { code: 'PATTERN_INVALID', details: { position: 2 } } });
  });

  it('generator.strength never echoes the password, even in a validation error', async () => {
    const ok = await dispatch(handlers, 'generator.strength', { password: 'password1' });
    expect(ok).toMatchObject({ ok: true, value: { score: 0 } });
    const bad = await dispatch(handlers, 'generator.strength', { password: 'hunter2', extra: 'x' });
    expect(bad.ok).toBe(false);
    expect(JSON.stringify(bad)).not.toContain('hunter2');
  });

  it('generator.checkAppPassword normalises and checks', async () => {
    const r = await dispatch(handlers, 'generator.checkAppPassword', { providerId: 'gmail', pasted: 'abcd efgh ijkl mnop' });
    expect(r).toMatchObject({ ok: true, value: { ok: true, normalized: 'abcdefghijklmnop' } });
    const unknown = await dispatch(handlers, 'generator.checkAppPassword', { providerId: 'myspace', pasted: 'x' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('apppass generate', () => {
  it('prints one alnum password of 20 per line by default, with no vault', async () => {
    const r = await cli('generate', '--count', '3', '--vault', '/nonexistent/dir/vault.apppass');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l).toHaveLength(20);
  });

  it('--json gives {"passwords":[…],"entropyBits":N}', async () => {
    const r = await cli('generate', '--kind', 'pin', '--length', '4', '--count', '2', '--json');
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out) as { passwords: string[]; entropyBits: number };
    expect(Object.keys(parsed)).toEqual(['passwords', 'entropyBits']);
    expect(parsed.passwords).toHaveLength(2);
    for (const p of parsed.passwords) expect(p).toMatch(/^[0-9]{4}$/);
    expect(parsed.entropyBits).toBeCloseTo(4 * Math.log2(10), 10);
  });

  it('honours the class flags and --no-lookalikes', async () => {
    const r = await cli('generate', '--length', '64', '--no-upper', '--no-symbols', '--no-lookalikes', '--count', '20');
    expect(r.code).toBe(0);
    for (const l of r.out.trimEnd().split('\n')) expect(l).toMatch(/^[a-km-z2-57-9]{64}$/);
  });

  it('makes patterns (--pattern alone implies --kind pattern)', async () => {
    const r = await cli('generate', '--pattern', 'l{4}\\-l{4}\\-l{4}\\-l{4}');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}\n$/);
  });

  it('makes passphrases with --words, --separator and --capitalize', async () => {
    const r = await cli('generate', '--kind', 'passphrase', '--words', '4', '--separator', ' ', '--capitalize');
    expect(r.code).toBe(0);
    const words = r.out.trimEnd().split(' ');
    expect(words).toHaveLength(4);
    for (const w of words) expect(EFF_WORDS).toContain(w.toLowerCase());
  });

  const bad: [string[], RegExp][] = [
    [['generate', '--kind', 'emoji'], /--kind must be one of/],
    [['generate', '--length', 'ten'], /--length needs a whole number/],
    [['generate', '--length', '7'], /from 8 to 128/],
    [['generate', '--kind', 'pin', '--length', '13'], /from 4 to 12/],
    [['generate', '--kind', 'pin', '--words', '5'], /--words does not apply to --kind pin/],
    [['generate', '--kind', 'pattern'], /needs --pattern/],
    [['generate', '--pattern', 'd{'], /position 2/],
    [['generate', '--no-upper', '--no-lower', '--no-digits', '--no-symbols'], /at least one kind/],
    [['generate', '--count', '0'], /count/],
    [['generate', '--frobnicate'], /Unknown option/],
    [['generate', 'extra'], /no arguments/],
  ];
  for (const [argv, words] of bad) {
    it(`${argv.slice(1).join(' ')} → exit 2 with a USAGE message`, async () => {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^apppass: USAGE: /);
      expect(r.err).toMatch(words);
    });
  }

  it('reports a usage error as JSON with --json', async () => {
    const r = await cli('generate', '--pattern', 'd{', '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.err)).toMatchObject({ error: { code: 'USAGE', details: { position: 1 } } });
  });
});
