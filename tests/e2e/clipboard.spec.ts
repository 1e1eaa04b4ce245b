import { expect, test } from './host-fixture.ts';

// The browser host's clipboard goes through the core's ClipboardGuard, as under Electron: the
// secret is copied by the host (never sent to the page), and locking clears it.
test('clipboard.copyEntry copies in the host, and locking clears the clipboard', async ({ host }) => {
  const { page } = host;
  const secret = 'abcd-efgh-ijkl-mnop';
  const copied = await page.evaluate(async (value) => {
    const api = window.apppass;
    const created = await api.vault.create({ password: 'correct horse battery staple 42', kdf: { memoryKiB: 19456, iterations: 2, parallelism: 1 } });
    if (!created.ok) return created;
    const added = await api.entries.add({ provider: 'icloud', account: 'sam@icloud.com', label: 'iPhone Mail', secret: value });
    if (!added.ok) return added;
    return api.clipboard.copyEntry({ id: added.value.id });
  }, secret);
  expect(copied).toMatchObject({ ok: true, value: { notification: 'Copied — clears in 20 s' } });
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

  const listed = await page.evaluate(() => window.apppass.entries.list());
  expect(listed).toMatchObject({ ok: true });
  expect(JSON.stringify(listed)).not.toContain(secret);

  await page.evaluate(() => window.apppass.vault.lock());
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('');
});

test('the clipboard guard leaves alone what the user copied since', async ({ host }) => {
  const { page } = host;
  await page.evaluate(async () => {
    const api = window.apppass;
    await api.vault.create({ password: 'correct horse battery staple 42', kdf: { memoryKiB: 19456, iterations: 2, parallelism: 1 } });
    await api.clipboard.copySecret({ text: 'generated-Secret-1' });
    await navigator.clipboard.writeText('the user copied this');
    await api.vault.lock();
  });
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('the user copied this');
});
