import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerRendererRequest, createHostLog, securityHeaders } from '../../../../electron/core/host-kit/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'apppass-serve-'));
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>AppPass</title>');
writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ORIGIN = 'http://127.0.0.1:4321';

describe('host kit: serving the renderer', () => {
  it('serves files with their type and every security header', async () => {
    const log = createHostLog(() => undefined);
    const answer = await answerRendererRequest(dir, ORIGIN, { url: `${ORIGIN}/`, method: 'GET' }, log);
    expect(answer.status).toBe(200);
    expect(answer.headers).toMatchObject({ ...securityHeaders(), 'Content-Type': 'text/html; charset=utf-8' });
    expect(Buffer.from(answer.body!).toString()).toContain('<title>AppPass</title>');
    const head = await answerRendererRequest(dir, ORIGIN, { url: `${ORIGIN}/assets/app.js`, method: 'HEAD' }, log);
    expect(head).toMatchObject({ status: 200, body: null, headers: { 'Content-Length': '14' } });
  });

  it('errors carry the same security headers; a refused path is logged once, never twice', async () => {
    const lines: string[] = [];
    const log = createHostLog((line) => lines.push(line));
    for (let i = 0; i < 3; i += 1) {
      const refused = await answerRendererRequest(dir, ORIGIN, { url: `${ORIGIN}/a/../index.html`, method: 'GET' }, log);
      expect(refused.status).toBe(404);
      expect(refused.headers).toMatchObject(securityHeaders());
    }
    expect(lines).toEqual([`AppPass refused a path (outside the renderer or malformed): ${ORIGIN}/a/../index.html`]);
    const missing = await answerRendererRequest(dir, ORIGIN, { url: `${ORIGIN}/nope.js`, method: 'GET' }, log);
    expect(missing).toMatchObject({ status: 404, headers: securityHeaders() });
    const folder = await answerRendererRequest(dir, ORIGIN, { url: `${ORIGIN}/assets`, method: 'GET' }, log);
    expect(folder.status).toBe(404);
    const post = await answerRendererRequest(dir, ORIGIN, { url: `${ORIGIN}/`, method: 'POST' }, log);
    expect(post).toMatchObject({ status: 405, headers: securityHeaders() });
  });
});
