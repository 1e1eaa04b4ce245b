import { homedir } from 'node:os';
import { createInterface } from 'node:readline';
import type { CliIO } from './io.ts';

/** Reads stdin line by line on demand (a script may pipe several secrets, one per line). */
function stdinLineReader(): () => Promise<string | null> {
  let lines: AsyncIterator<string> | null = null;
  return async () => {
    lines ??= createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false })[Symbol.asyncIterator]();
    const next = await lines.next();
    return next.done === true ? null : next.value;
  };
}

/** Prompts on the terminal with echo off (raw mode), like keepassxc-cli and bw. */
function promptHidden(prompt: string): Promise<string> {
  return new Promise((resolvePrompt, reject) => {
    const stdin = process.stdin;
    process.stderr.write(prompt);
    let value = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const finish = (error: Error | null) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolvePrompt(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(null);
        if (ch === '\u0003') return finish(new Error('Cancelled.'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

export function nodeCliIO(): CliIO {
  return {
    writeOut: (text) => process.stdout.write(text),
    writeErr: (text) => process.stderr.write(text),
    readLine: stdinLineReader(),
    promptHidden,
    stdinIsTTY: process.stdin.isTTY === true,
    env: process.env,
    platform: process.platform,
    home: homedir(),
    cwd: process.cwd(),
  };
}
