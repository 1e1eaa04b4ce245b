import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingTools } from '../../support/require-tool.ts';
import { MINISIGN_TOOLS, makeMinisignKeyPair, type MinisignKeyPair } from '../../support/minisign.ts';
import { runBuiltCli, type CliRun } from '../../support/built-cli.ts';

// The built `apppass` in real processes: detect worded for APPPASS_TODAY, and catalog
// status / export / update with a catalog signed by the real minisign binary.
const missing = missingTools([...MINISIGN_TOOLS]);
if (missing) throw new Error(`The catalog CLI tests need ${missing}; .ci/run installs it.`);

let dir: string;
let keys: MinisignKeyPair;
const env = (extra: Record<string, string> = {}) => ({ APPPASS_CATALOG_DIR: join(dir, 'catalog'), APPPASS_CATALOG_KEY: keys.publicKeyLine, APPPASS_TODAY: '2026-12-15', ...extra });
const apppass = (args: string[], extra: Record<string, string> = {}) => runBuiltCli(args, { env: env(extra) });
function ok(run: CliRun): CliRun {
  expect(run.status, `exit ${run.status}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`).toBe(0);
  return run;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'apppass-catalog-cli-'));
  keys = makeMinisignKeyPair();
});
afterAll(() => {
  keys?.remove();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('apppass detect and apppass catalog (built CLI)', () => {
  it('detect words the Microsoft 365 SMTP AUTH note for APPPASS_TODAY, before and after 2026-12-31', async () => {
    const before = ok(await apppass(['detect', 'admin@contoso.onmicrosoft.com'], { APPPASS_TODAY: '2026-12-15' })).stdout;
    expect(before).toContain('Microsoft 365');
    expect(before).toContain('important: From the end of December 2026, SMTP AUTH');
    const after = ok(await apppass(['detect', 'admin@contoso.onmicrosoft.com'], { APPPASS_TODAY: '2027-01-05' })).stdout;
    expect(after).toContain('important: Since the end of December 2026, SMTP AUTH');
    expect(after).toContain('an administrator can turn it back on for the tenant');
    expect(after).toContain('535 5.7.139');
    const json = JSON.parse(ok(await apppass(['detect', 'admin@contoso.onmicrosoft.com', '--json'], { APPPASS_TODAY: '2027-01-05' })).stdout) as {
      provider: { notes: { id?: string; text: string; daysToChange?: number }[] };
    };
    const note = json.provider.notes.find((n) => n.id === 'smtp-auth-default-off');
    expect([note?.text.startsWith('Since'), note?.daysToChange]).toEqual([true, -5]);
    expect((await apppass(['detect', 'a@qq.com'], { APPPASS_TODAY: '15.12.2026' })).status).toBe(2);
  });

  it('detect gives the added providers and regional servers with their own password names', async () => {
    for (const [address, host, term] of [
      ['li.wei@qq.com', 'imap.qq.com', 'authorization code'],
      ['li.wei@163.com', 'imap.163.com', 'client authorization code'],
      ['pat@sbcglobal.net', 'imap.mail.att.net', 'Secure Mail Key'],
      ['max@t-online.de', 'secureimap.t-online.de', 'Passwort für E-Mail-Programme'],
      ['anna@zoho.eu', 'imap.zoho.eu', 'application-specific password'],
      ['ivan@yandex.ru', 'imap.yandex.com', 'app password'],
      ['kim@naver.com', 'imap.naver.com', 'application-specific password'],
    ] as const) {
      const out = ok(await apppass(['detect', address])).stdout;
      expect(out, address).toContain(`IMAP ${host}:993`);
      expect(out, address).toContain(term);
    }
  });

  it('status, export, and an update signed with minisign; a flipped byte and a rollback are refused and change nothing', async () => {
    const status = JSON.parse(ok(await apppass(['catalog', 'status', '--json'])).stdout) as { version: number; origin: string; today: string };
    expect([status.origin, status.today]).toEqual(['built-in', '2026-12-15']);

    const exported = join(dir, 'catalog.json');
    ok(await apppass(['catalog', 'export', exported]));
    const catalog = JSON.parse(readFileSync(exported, 'utf8')) as { version: number; providers: { id: string; name: string }[] };
    expect(catalog.version).toBe(status.version);

    const next = join(dir, 'next.json');
    writeFileSync(next, JSON.stringify({ ...catalog, version: status.version + 1 }));
    keys.sign(next);
    const installed = JSON.parse(ok(await apppass(['catalog', 'update', '--from', next, '--json'])).stdout) as { installed: boolean; catalog: { version: number; origin: string } };
    expect(installed).toMatchObject({ installed: true, catalog: { version: status.version + 1, origin: 'update' } });

    const flipped = join(dir, 'flipped.json');
    const bytes = Buffer.from(JSON.stringify({ ...catalog, version: status.version + 2 }));
    writeFileSync(flipped, bytes);
    keys.sign(flipped);
    bytes.writeUInt8(bytes.readUInt8(40) ^ 0x01, 40);
    writeFileSync(flipped, bytes);
    const refused = await apppass(['catalog', 'update', '--from', flipped]);
    expect(refused.status).toBe(4);
    expect(refused.stderr).toContain('CATALOG_SIGNATURE_INVALID');

    const old = join(dir, 'old.json');
    writeFileSync(old, JSON.stringify(catalog));
    keys.sign(old);
    expect((await apppass(['catalog', 'update', '--from', old])).stderr).toContain('CATALOG_ROLLBACK');

    const after = JSON.parse(ok(await apppass(['catalog', 'status', '--json'])).stdout) as { version: number; origin: string; updateSource: string };
    expect(after).toMatchObject({ version: status.version + 1, origin: 'update', updateSource: next });
  });

  it('config turns automatic checks on and sets the https update URL; anything else is a usage error', async () => {
    const off = JSON.parse(ok(await apppass(['catalog', 'config', '--json'])).stdout) as { autoCheck: boolean };
    expect(off.autoCheck).toBe(false);
    const on = JSON.parse(ok(await apppass(['catalog', 'config', '--auto', 'on', '--url', 'https://catalog.example/catalog.json', '--json'])).stdout) as { autoCheck: boolean; updateUrl: string };
    expect(on).toMatchObject({ autoCheck: true, updateUrl: 'https://catalog.example/catalog.json' });
    expect((await apppass(['catalog', 'config', '--url', 'http://catalog.example/catalog.json'])).status).toBe(2);
    expect((await apppass(['catalog', 'config', '--auto', 'sometimes'])).status).toBe(2);
  });
});
