import { guardClipboard, type GuardedClipboard, type HostLog, type VaultView } from '../core/host-kit/index.ts';
import type { ElectronDeps } from './electron-deps.ts';
import { electronClipboardPort } from './electron-clipboard-port.ts';

/**
 * The clipboard guard over Electron's clipboard (with the no-history markers), through the host
 * kit: cleared after N seconds and on every lock. Copies show a silent notification.
 */
export function installClipboard({ clipboard, ClipboardItem, Notification }: ElectronDeps, vault: VaultView, log: HostLog): GuardedClipboard & { notify: (body: string) => void } {
  const notify = (body: string): void => {
    if (Notification.isSupported()) new Notification({ title: 'AppPass', body, silent: true }).show();
  };
  const port = electronClipboardPort(clipboard, ClipboardItem, process.platform, {
    onMarkerFailure: () => log.warn('the clipboard refused the no-history markers; copied as plain text.'),
    onMarkersMissing: (formats) => log.warn(`after a copy the clipboard lacked the no-history marker(s) ${formats.join(', ')}: clipboard managers may keep copies (said once).`),
  });
  return { ...guardClipboard({ port, vault, notify }), notify };
}
