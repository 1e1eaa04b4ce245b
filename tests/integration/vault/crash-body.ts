import type { VaultBody } from '../../../electron/core/vault/model/body.ts';

/** The body with `n` deterministic entries (entry i has id crash-i and secret crash-secret-i). */
export function crashBody(n: number): VaultBody {
  const at = '2026-01-01T00:00:00.000Z';
  return {
    entries: Array.from({ length: n }, (_, i) => ({
      id: `crash-${i}`,
      provider: 'custom',
      account: `crash-${i}@example.com`,
      label: 'crash',
      secret: `crash-secret-${i}`,
      created: at,
      updated: at,
      lastCopied: null,
      revoked: null,
      notes: '',
      tags: [],
      favourite: false,
    })),
    settings: {
      autoLockMinutes: 15,
      lockOnSleep: true,
      lockOnScreenLock: true,
      lockOnMinimize: false,
      lockOnClose: false,
      clipboardClearSeconds: 20,
      quickUnlockMaxDays: 14,
      closeToTray: true,
      startMinimized: false,
      globalShortcut: null,
      theme: 'system',
      scheduledChecks: false,
    },
    activity: [],
    meta: { masterPasswordLastUsedAt: at },
  };
}
