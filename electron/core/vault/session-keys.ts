import { changedPasswordHeader, checkMasterPassword, kindsOpenedBy, withKeyWrap, withoutKeyWraps, type PasswordChange } from './key-wraps.ts';
import { saveSession } from './session-save.ts';
import type { SessionState } from './session-state.ts';

/**
 * The session side of the vault key's wraps (key-wraps.ts holds the header changes): adding and
 * removing a quick-unlock wrap, checking and changing the master password. Each saves.
 */

/** Adds (or replaces) a wrap of the vault key under `wrappingKey` (32 bytes), removing those in `replacing`, and saves. */
export async function addKeyWrap(s: SessionState, kind: string, wrappingKey: Buffer, replacing: readonly string[] = []): Promise<void> {
  s.header = withKeyWrap(s.header, kind, wrappingKey, s.key(), replacing);
  s.dirty = true;
  await saveSession(s);
}

/** Kinds of the wraps (not the password's) that `wrappingKey` opens: no KDF. */
export function keyWrapsOpenedBy(s: SessionState, wrappingKey: Buffer): string[] {
  return kindsOpenedBy(s.header, wrappingKey, s.key());
}

/** Removes the wraps of `kinds` (never the password wrap) and saves. Returns whether there was one. */
export async function removeKeyWrap(s: SessionState, kinds: string | readonly string[]): Promise<boolean> {
  s.key();
  const next = withoutKeyWraps(s.header, typeof kinds === 'string' ? [kinds] : kinds);
  if (next === null) return false;
  s.header = next;
  s.dirty = true;
  await saveSession(s);
  return true;
}

export async function verifyMasterPassword(s: SessionState, password: string): Promise<void> {
  await checkMasterPassword(s.header, password, s.key());
}

/** See VaultSession.changeMasterPassword. */
export async function changeMasterPassword(s: SessionState, oldPassword: string, newPassword: string, change: PasswordChange = {}): Promise<{ dropped: string[] }> {
  // Merge what other computers saved first, under the current key: after the change this session
  // could no longer read a file written under the old one.
  await saveSession(s);
  const key = s.key();
  const next = await changedPasswordHeader(s.header, key, oldPassword, newPassword, change);
  const before = { header: s.header, vaultKey: key, at: s.body.meta.masterPasswordLastUsedAt };
  s.header = next.header;
  s.vaultKey = next.vaultKey;
  s.touchMasterPassword();
  try {
    await saveSession(s, { backupIsNew: change.keepKey !== true });
  } catch (error) {
    next.vaultKey.fill(0);
    s.header = before.header;
    s.vaultKey = before.vaultKey;
    s.body.meta.masterPasswordLastUsedAt = before.at;
    throw error;
  }
  key.fill(0);
  return { dropped: next.dropped };
}
