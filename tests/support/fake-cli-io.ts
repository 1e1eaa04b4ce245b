import type { Command } from '../../electron/cli/command.ts';
import type { CliIO } from '../../electron/cli/io.ts';
import { runCli } from '../../electron/cli/run-cli.ts';

export interface FakeCliIO extends CliIO {
  out(): string;
  err(): string;
}

/** A CliIO whose stdin is the given lines and whose output is captured. */
export function fakeCliIO(stdinLines: readonly string[] = [], overrides: Partial<CliIO> = {}): FakeCliIO {
  const lines = [...stdinLines];
  let out = '';
  let err = '';
  return {
    writeOut: (t) => void (out += t),
    writeErr: (t) => void (err += t),
    readLine: async () => lines.shift() ?? null,
    promptHidden: async () => {
      throw new Error('fakeCliIO: no terminal');
    },
    stdinIsTTY: false,
    env: {},
    platform: 'linux',
    home: '/home/test',
    cwd: '/work',
    out: () => out,
    err: () => err,
    ...overrides,
  };
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `apppass` in-process with the given stdin lines; returns the exit code and both outputs. */
export async function runFakeCli(
  argv: readonly string[],
  stdinLines: readonly string[] = [],
  overrides: Partial<CliIO> = {},
  commands?: readonly Command[],
): Promise<CliRun> {
  const io = fakeCliIO(stdinLines, overrides);
  const code = await runCli(argv, io, commands);
  return { code, out: io.out(), err: io.err() };
}
