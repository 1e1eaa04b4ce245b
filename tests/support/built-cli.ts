import { spawn } from 'node:child_process';
import { builtFile } from './built-dist.ts';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `apppass` (bin/apppass.mjs → dist/cli) as a child process, as a user would: the
 * arguments, stdin text, and extra environment. Asynchronous, so servers in the test process
 * (smtp-server) keep answering while it runs.
 */
export function runBuiltCli(args: readonly string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  const bin = builtFile('bin/apppass.mjs');
  builtFile('dist/cli/apppass.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
