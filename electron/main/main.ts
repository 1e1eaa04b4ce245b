import { app, BrowserWindow, ipcMain, net, protocol } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHandlers, createServices } from '../core/api/index.ts';
import { defaultVaultPath } from '../core/platform/default-vault-path.ts';
import { registerContract } from './ipc/register-contract.ts';

const SCHEME = 'apppass';
const APP_ORIGIN = `${SCHEME}://app`;

protocol.registerSchemesAsPrivileged([{ scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

async function start(): Promise<void> {
  await app.whenReady();
  const rendererDir = join(__dirname, '..', 'renderer');
  protocol.handle(SCHEME, (request) => {
    const path = new URL(request.url).pathname;
    const file = join(rendererDir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(rendererDir)) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
  const handlers = createHandlers(createServices({
    version: app.getVersion(),
    platform: process.platform,
    vaultPath: defaultVaultPath(process.env, process.platform, app.getPath('home')),
  }));
  registerContract(ipcMain, handlers, APP_ORIGIN);
  const win = new BrowserWindow({
    width: 1100,
    height: 760,
    webPreferences: {
      preload: join(__dirname, '..', 'preload', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  await win.loadURL(`${APP_ORIGIN}/`);
}

void start();
