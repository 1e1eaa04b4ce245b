import { describe, expect, it } from 'vitest';
import type { Command } from '../../../electron/cli/command.ts';
import { runCli } from '../../../electron/cli/run-cli.ts';
import { AppError } from '../../../electron/core/errors/index.ts';
import { fakeCliIO } from '../../support/fake-cli-io.ts';

const seen: unknown[] = [];
const echo: Command = {
  name: 'echo',
  summary: 'Test command.',
  usage: 'apppass echo [--shout] WORD',
  options: { shout: { type: 'boolean' } },
  async run(ctx) {
    seen.push({ args: ctx.args, options: ctx.options, global: ctx.global });
    ctx.print({ word: ctx.args[0] }, () => String(ctx.args[0]));
  },
};
const secret: Command = {
  name: 'secret',
  summary: 'Reads two secrets.',
  usage: 'apppass secret',
  options: {},
  async run(ctx) {
    const a = await ctx.readSecret('master password');
    const b = await ctx.readSecret('app password');
    ctx.print({ lengths: [a.length, b.length] }, () => `${a.length} ${b.length}`);
  },
};
const failing: Command = {
  name: 'fail',
  summary: 'Throws.',
  usage: 'apppass fail',
  options: {},
  async run() {
    throw new AppError('WRONG_PASSWORD', 'The master password is wrong.\nIt was typed on a\nfake keyboard.');
  },
};
const crashing: Command = {
  name: 'crash',
  summary: 'Throws a plain error with a secret in it.',
  usage: 'apppass crash',
  options: {},
  async run() {
    throw new Error('hunter2-secret');
  },
};
const commands = [echo, secret, failing, crashing];

describe('runCli', () => {
  it('accepts global options before and after the command name', async () => {
    seen.length = 0;
    const io1 = fakeCliIO();
    expect(await runCli(['--vault', 'v.apppass', '--json', 'echo', 'hi', '--shout'], io1, commands)).toBe(0);
    const io2 = fakeCliIO();
    expect(await runCli(['echo', 'hi', '--shout', '--vault', 'v.apppass', '--json'], io2, commands)).toBe(0);
    expect(seen[0]).toEqual(seen[1]);
    expect(seen[0]).toMatchObject({ args: ['hi'], options: { shout: true }, global: { vault: '/work/v.apppass', json: true } });
    expect(JSON.parse(io1.out())).toEqual({ word: 'hi' });
  });

  it('uses APPPASS_VAULT when --vault is absent', async () => {
    seen.length = 0;
    await runCli(['echo', 'x'], fakeCliIO([], { env: { APPPASS_VAULT: '/data/my.apppass' } }), commands);
    expect(seen[0]).toMatchObject({ global: { vault: '/data/my.apppass' } });
  });

  it('reads secrets line by line from stdin', async () => {
    const io = fakeCliIO(['first-secret', 'second']);
    expect(await runCli(['secret', '--password-stdin'], io, commands)).toBe(0);
    expect(io.out()).toBe('12 6\n');
  });

  it('says which stdin line is missing', async () => {
    const io = fakeCliIO(['only-one']);
    expect(await runCli(['secret', '--password-stdin'], io, commands)).toBe(2);
    expect(io.err()).toBe('apppass: USAGE: Expected the app password on line 2 of standard input, but the input ended.\n');
  });

  it.each([
    [['nope'], /^apppass: USAGE: Unknown command "nope"/],
    [['echo', '--bogus'], /^apppass: USAGE: .*--bogus.*Usage: apppass echo/],
    [['--vault', 'x'], /^apppass: USAGE: No command given/],
    [['echo', '--password-stdin', '--keychain'], /^apppass: USAGE: Use either --password-stdin or --keychain/],
  ])('%j is a usage error with exit 2', async (argv, pattern) => {
    const io = fakeCliIO();
    expect(await runCli(argv, io, commands)).toBe(2);
    expect(io.err()).toMatch(pattern);
  });

  it('prints typed errors as one line, or as JSON with --json', async () => {
    const io = fakeCliIO();
    expect(await runCli(['fail'], io, commands)).toBe(3);
    // One line: the core's message (newlines folded), then the CLI's own advice (electron/cli/advice.ts).
    expect(io.err()).toBe('apppass: WRONG_PASSWORD: The master password is wrong. It was typed on a fake keyboard. Try again (check Caps Lock and the keyboard layout).\n');
    const json = fakeCliIO();
    expect(await runCli(['fail', '--json'], json, commands)).toBe(3);
    expect(JSON.parse(json.err())).toEqual({
      error: { code: 'WRONG_PASSWORD', message: 'The master password is wrong.\nIt was typed on a\nfake keyboard.', advice: 'Try again (check Caps Lock and the keyboard layout).' },
    });
  });

  it('never prints the text of an unexpected error (it may hold a secret)', async () => {
    const io = fakeCliIO();
    expect(await runCli(['crash'], io, commands)).toBe(1);
    expect(io.err()).toMatch(/^apppass: INTERNAL: /);
    expect(io.err()).not.toContain('hunter2');
  });

  it('reports a usage error as JSON with --json', async () => {
    const io = fakeCliIO();
    expect(await runCli(['--json'], io, commands)).toBe(2);
    expect(JSON.parse(io.err())).toMatchObject({ error: { code: 'USAGE' } });
  });

  it('lists commands with --help', async () => {
    const io = fakeCliIO();
    expect(await runCli(['--help'], io, commands)).toBe(0);
    expect(io.out()).toContain('echo');
    expect(io.out()).toContain('secret');
  });
});
