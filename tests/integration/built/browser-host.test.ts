import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingTools } from '../../support/require-tool.ts';
import { builtFile } from '../../support/built-dist.ts';

// `npm run start:browser` as a user runs it: `node dist/browser-host/host.mjs` in its own process.
// (The e2e suite imports the same bundle and drives its page; this checks the program around it.)
const missing = missingTools(['chromium']);
if (missing) throw new Error(`The built browser-host test needs ${missing}; .ci/run installs it.`);

const dir = mkdtempSync(join(tmpdir(), 'apppass-built-host-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('node dist/browser-host/host.mjs', () => {
  it('starts Chromium on the built renderer, serves it with the security headers, and exits 0 on SIGTERM', { timeout: 60_000 }, async () => {
    const host = builtFile('dist/browser-host/host.mjs');
    builtFile('dist/renderer/index.html');
    const env = { ...process.env, APPPASS_VAULT: join(dir, 'vault.apppass'), APPPASS_STATE_DIR: dir, APPPASS_CATALOG_DIR: join(dir, 'catalog'), DISPLAY: '' };
    const child = spawn(process.execPath, [host], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const origin = await new Promise<string>((resolve, reject) => {
        let stdout = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          stdout += chunk;
          const found = /running in a headless Chromium at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout); // DISPLAY is empty here
          if (found?.[1]) resolve(found[1]);
        });
        void exited.then((code) => reject(new Error(`host.mjs exited ${code} before it started: ${stderr}`)));
      });
      const page = await fetch(`${origin}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      const missingFile = await fetch(`${origin}/nope.js`);
      expect(missingFile.status).toBe(404);
      expect(missingFile.headers.get('content-security-policy')).toBe(page.headers.get('content-security-policy'));
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited, stderr).toBe(0);
  });
});
