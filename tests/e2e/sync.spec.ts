import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openVault } from '../../electron/core/vault/index.ts';
import { MASTER, unlockInUi } from './app-helpers.ts';
import { expect, test } from './host-fixture.ts';
import { createVault } from './seed-vault.ts';

// This host is one computer; the test plays two others with the real core on the same folder.
test.use({ hostEnv: { APPPASS_DEVICE_ID: 'e2e0e2e0e2e0', APPPASS_DEVICE_NAME: 'this e2e host' } });
const LAPTOP = { id: 'a1a1a1a1a1a1', name: 'laptop' };
const DESKTOP = { id: 'd2d2d2d2d2d2', name: 'desktop' };

test('a conflict copy beside the vault is merged on unlock: report toast with details, conflict to review in Hygiene, devices in Settings', async ({ host, vaultPath }) => {
  const { page } = host;
  await createVault(vaultPath, MASTER, [{ provider: 'gmail', account: 'sam@gmail.com', label: 'Phone', secret: 'aaaabbbbccccdddd' }]);
  // The desktop's copy lives in its own folder, and arrives beside the vault under a conflict name.
  const desktopCopy = join(dirname(vaultPath), 'desktop', 'vault.apppass');
  mkdirSync(dirname(desktopCopy));
  copyFileSync(vaultPath, desktopCopy);
  // The laptop renames the entry in the vault file; the desktop, offline, renames it too and adds one.
  const laptop = await openVault(vaultPath, MASTER, { device: LAPTOP });
  const [entry] = laptop.list();
  laptop.update(entry?.id ?? '', { label: 'Phone (laptop)' });
  await laptop.save();
  laptop.lock();
  const desktop = await openVault(desktopCopy, MASTER, { device: DESKTOP });
  desktop.update(entry?.id ?? '', { label: 'Phone (desktop)' });
  desktop.add({ provider: 'gmail', account: 'sam@gmail.com', label: 'Tablet', secret: 'eeeeffffgggghhhh' });
  await desktop.save();
  desktop.lock();
  copyFileSync(desktopCopy, join(dirname(vaultPath), 'vault.sync-conflict-20261130-091500-ABCDEFG.apppass'));

  await page.reload();
  await unlockInUi(page);
  const toast = page.getByTestId('toast').filter({ hasText: 'Merged 1 copy' });
  await expect(toast).toContainText('1 added, 1 changed, 0 deleted, 1 to review');
  await toast.getByRole('button', { name: 'Details' }).click();
  const details = page.getByTestId('merge-report');
  await expect(details).toContainText('sam@gmail.com (Tablet)');
  await expect(details).toContainText('vault.sync-conflict-20261130-091500-ABCDEFG.apppass');
  await details.getByRole('button', { name: 'Close' }).last().click();
  // The vault list reloaded after the merge.
  await expect(page.getByText('Tablet')).toBeVisible();
  expect(readdirSync(dirname(vaultPath))).toContain('.apppass-merged');
  expect(readdirSync(dirname(vaultPath))).not.toContain('vault.sync-conflict-20261130-091500-ABCDEFG.apppass');

  await page.getByTestId('nav-hygiene').click();
  const conflicts = page.getByTestId('hygiene-conflicts');
  await expect(conflicts).toContainText('Phone (desktop)');
  await conflicts.getByTestId('review-show').click();
  await expect(conflicts.getByTestId('review-values')).toContainText('label: Phone (laptop)');
  await conflicts.getByTestId('review-done').click();
  await expect(conflicts).toHaveCount(0);

  await page.getByTestId('nav-settings').click();
  const devices = page.getByTestId('settings-devices');
  await expect(devices).toContainText('laptop');
  await expect(devices).toContainText('desktop');
  await expect(devices).toContainText('this e2e host');
});

test('a copy dropped into the folder while the vault is open is merged without any action: the toast shows and the list gains its entry', async ({ host, vaultPath }) => {
  const { page } = host;
  await createVault(vaultPath, MASTER, [{ provider: 'gmail', account: 'sam@gmail.com', label: 'Phone', secret: 'aaaabbbbccccdddd' }]);
  const desktopCopy = join(dirname(vaultPath), 'desktop', 'vault.apppass');
  mkdirSync(dirname(desktopCopy));
  copyFileSync(vaultPath, desktopCopy);
  const desktop = await openVault(desktopCopy, MASTER, { device: DESKTOP });
  desktop.add({ provider: 'gmail', account: 'sam@gmail.com', label: 'Watch', secret: 'iiiijjjjkkkkllll' });
  await desktop.save();
  desktop.lock();

  await page.reload();
  await unlockInUi(page);
  await expect(page.getByText('Phone')).toBeVisible();
  await expect(page.getByText('Watch')).toHaveCount(0);
  // The sync client delivers the desktop's file while the vault is open: the host's folder watch merges it.
  copyFileSync(desktopCopy, join(dirname(vaultPath), "vault (Desktop's conflicted copy 2026-11-30).apppass"));
  await expect(page.getByTestId('toast').filter({ hasText: 'Merged 1 copy' })).toContainText('1 added');
  await expect(page.getByText('Watch')).toBeVisible();
  expect(readdirSync(dirname(vaultPath))).not.toContain("vault (Desktop's conflicted copy 2026-11-30).apppass");
});
