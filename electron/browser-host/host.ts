// `npm run start:browser`: the AppPass UI in Chromium, backed by the real core. Runs from the bundle
// dist/browser-host/host.mjs, so paths are relative to dist/.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices } from '../core/api/index.ts';
import { loadTestMailSetup } from '../core/providers/index.ts';
import { APP_VERSION } from '../core/platform/app-version.ts';
import { startVaultPath } from '../core/platform/start-vault-path.ts';
import { loadVaultLocation, rememberVaultLocation, VAULT_LOCATION_FILE } from '../core/platform/vault-location-file.ts';
import { toErrorPayload } from '../core/errors/index.ts';
import { startBrowserHost } from './start-browser-host.ts';
import { browserHostStateDir } from './state-dir.ts';

const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));

try {
  // The vault file: APPPASS_VAULT, else the one last opened (remembered in the state folder), else the default.
  const locationFile = join(browserHostStateDir(process.env, process.platform, homedir()), VAULT_LOCATION_FILE);
  const services = createServices({
    version: APP_VERSION,
    platform: process.platform,
    vaultPath: startVaultPath(process.env, process.platform, homedir(), await loadVaultLocation(locationFile)),
  });
  if (services.vault) rememberVaultLocation(services.vault, locationFile, (message) => console.warn(message));
  // Test hook: extra providers / CA from APPPASS_TEST_PROVIDERS_FILE and APPPASS_TEST_CA_FILE.
  const testMail = await loadTestMailSetup(process.env);
  if (testMail !== undefined) services.mail = testMail;
  const host = await startBrowserHost({ rendererDir, services });
  console.log(`AppPass is running in Chromium at ${host.origin} (close the window or press Ctrl+C to quit).`);
  const quit = () => void host.close().then(() => process.exit(0));
  host.browser.on('disconnected', () => process.exit(0));
  host.page.on('close', quit);
  process.on('SIGINT', quit);
  process.on('SIGTERM', quit);
} catch (error) {
  const { code, message } = toErrorPayload(error);
  console.error(`apppass: ${code}: ${message}`);
  process.exit(1);
}
