import type { VaultService } from '../vault/index.ts';
import type { ClipboardGuard, CopyOutcome } from './clipboard-guard.ts';

/**
 * Copies one entry's password through the clipboard guard and records the copy
 * (session.markCopied: lastCopied + a 'copied' activity event, saved). LOCKED / NOT_FOUND come
 * from the vault unchanged. Used by clipboard.copyEntry, the tray and quick search.
 */
export async function copyEntry(vault: VaultService, guard: ClipboardGuard, id: string): Promise<CopyOutcome> {
  const secret = vault.session().get(id).secret;
  const outcome = await guard.copy(secret);
  await vault.mutate((session) => session.markCopied(id));
  return outcome;
}
