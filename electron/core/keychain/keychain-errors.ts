import { AppError } from '../errors/index.ts';

/** Why the keychain could not be used; goes into `details.reason` (never a secret). */
export type UnavailableReason = 'timeout' | 'locked' | 'no-service' | 'error';
export type MismatchReason = 'item-missing' | 'wrong-key' | 'no-wrap';

const UNAVAILABLE_WORDS: Record<UnavailableReason, string> = {
  timeout: 'The system keychain did not answer within 2 seconds',
  locked: 'The system keychain is locked (or its unlock prompt was dismissed)',
  'no-service': 'No system keychain is running (on Linux: no Secret Service such as GNOME Keyring or KWallet)',
  error: 'The system keychain refused the request',
};

/**
 * Sorts a keychain library error into a reason. Only the reason is reported: the library's own text
 * is kept as `cause` for debugging and never shown.
 */
export function unavailableReasonOf(error: unknown): UnavailableReason {
  const text = error instanceof Error ? `${error.message} ${error.cause instanceof Error ? error.cause.message : ''}` : String(error);
  if (/dismissed|locked|prompt/i.test(text)) return 'locked';
  if (/connect|socket|not provided by any|ServiceUnknown|NoReply|no result found|not running|no such file/i.test(text)) return 'no-service';
  return 'error';
}

export function keychainUnavailable(reason: UnavailableReason, cause?: unknown): AppError {
  return new AppError('KEYCHAIN_UNAVAILABLE', `${UNAVAILABLE_WORDS[reason]}. Unlock with the master password instead.`, {
    details: { reason },
    ...(cause === undefined ? {} : { cause }),
  });
}

const MISMATCH_WORDS: Record<MismatchReason, string> = {
  'item-missing': "The system keychain has no AppPass key for this vault (it was deleted, or this vault was copied from another computer)",
  'wrong-key': 'The key in the system keychain does not open this vault (the item was replaced, or the vault was restored from elsewhere)',
  'no-wrap': 'The system keychain holds a key for this vault, but the vault has no quick-unlock key for this computer (the master password was changed on another computer, or the vault was restored from a copy made before quick unlock was turned on)',
};

export function keychainMismatch(reason: MismatchReason): AppError {
  return new AppError(
    'KEYCHAIN_MISMATCH',
    `${MISMATCH_WORDS[reason]}. Unlock with the master password, then turn quick unlock off and on again.`,
    { details: { reason } },
  );
}
