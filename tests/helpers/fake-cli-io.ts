import type { CliIO } from '../../electron/core/cli/io.ts';

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
