import type { LockReason } from '../core/autolock/index.ts';
import { startAutoLock, type AutoLock, type VaultView } from '../core/host-kit/index.ts';
import type { ElectronDeps } from './electron-deps.ts';

/** Auto-lock through the host kit, with the OS's idle time as its idle source and powerMonitor's events. */
export function installAutoLock({ powerMonitor }: ElectronDeps, vault: VaultView, lock: (reason: LockReason) => void): AutoLock {
  const autoLock = startAutoLock({
    idleSource: { idleSeconds: () => powerMonitor.getSystemIdleTime() },
    settings: () => vault.settings(),
    isUnlocked: () => vault.isUnlocked(),
    lock,
  });
  powerMonitor.on('suspend', () => autoLock.feed({ type: 'suspend' }));
  powerMonitor.on('lock-screen', () => autoLock.feed({ type: 'lock-screen' }));
  return autoLock;
}
