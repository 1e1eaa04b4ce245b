import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedAndUnlock } from './app-helpers.ts';
import { builtHost, expect, hostEnvFor, test } from './host-fixture.ts';

// L11: discovery keeps a plaintext or local-network server only when nothing safer was found, and
// the wizard must say so next to that server before a password is sent. The real core's discovery
// runs; its network is a fetch that answers the domain's autoconfig with such servers.
const AUTOCONFIG = `<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="plain-mail.example"><domain>plain-mail.example</domain><displayName>Plain Mail</displayName>
<incomingServer type="imap"><hostname>mail.plain-mail.example</hostname><port>143</port><socketType>plain</socketType><username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
<outgoingServer type="smtp"><hostname>192.168.1.5</hostname><port>465</port><socketType>SSL</socketType><username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>`;

test('the wizard shows each discovery warning under its server, in plain words', async ({ chromiumBrowser }) => {
  const dir = mkdtempSync(join(tmpdir(), 'apppass-e2e-discovery-'));
  const vaultPath = join(dir, 'vault.apppass');
  const fakeFetch: typeof fetch = async (input) => {
    const url = String(input instanceof Request ? input.url : input);
    return url.startsWith('https://autoconfig.plain-mail.example/') ? new Response(AUTOCONFIG, { status: 200, headers: { 'content-type': 'text/xml' } }) : new Response('', { status: 404 });
  };
  const host = await (await builtHost()).runBrowserHost({
    env: hostEnvFor(dir, vaultPath, {}),
    browser: chromiumBrowser ?? undefined,
    headless: true,
    testClipboardRead: true,
    testMail: { discovery: { fetch: fakeFetch, dnsServers: ['127.0.0.1:9'], stepTimeoutMs: 500 } },
  });
  try {
    const { page } = host;
    await seedAndUnlock(page, vaultPath);
    await page.getByTestId('nav-wizard').click();
    await page.getByTestId('wizard-email').fill('jo@plain-mail.example');
    await page.getByTestId('wizard-detect').click();
    await expect(page.getByTestId('wizard-detected')).toBeVisible({ timeout: 20_000 });
    const incoming = page.getByTestId('server-incoming-warning');
    const outgoing = page.getByTestId('server-outgoing-warning');
    await expect(incoming).toBeVisible(); // the server settings open by themselves
    await expect(incoming).toContainText('mail.plain-mail.example:143 was found by the automatic setup, but it takes your password without encryption');
    await expect(outgoing).toContainText('192.168.1.5:465 is on this computer or your local network');
    await expect(incoming.locator('[data-code]')).toHaveAttribute('data-code', 'plaintext');
  } finally {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
