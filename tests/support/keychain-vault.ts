import type { Clock } from '../../electron/core/vault/index.ts';
import { makeTempVault } from './temp-vault.ts';

export const PW = 'keychain test master password';

/** A settable clock shared by the vault and the keychain code. */
export function testClock(start = '2026-01-01T12:00:00.000Z'): Clock & { set(iso: string): void; advanceDays(days: number): void } {
  let now = new Date(start);
  const clock = (() => new Date(now)) as Clock & { set(iso: string): void; advanceDays(days: number): void };
  clock.set = (iso) => void (now = new Date(iso));
  clock.advanceDays = (days) => void (now = new Date(now.getTime() + days * 86_400_000));
  return clock;
}

/** A new vault with the floor KDF (19 MiB, t=2, p=1) in a throwaway folder, locked again. */
export async function floorVault(now?: Clock): Promise<{ path: string; dir: string; vaultId: string; cleanup(): void }> {
  const { session, path, dir, vaultId, cleanup } = await makeTempVault({
    password: PW,
    prefix: 'apppass-keychain-',
    entries: [{ account: 'me@example.com', label: 'iPhone Mail', secret: 'abcd-efgh-ijkl-mnop', provider: 'google' }],
    ...(now ? { now } : {}),
  });
  session.lock();
  return { path, dir, vaultId, cleanup };
}
