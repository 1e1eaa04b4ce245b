import type { CheckCategory } from '../../contract/calls/mail.ts';
import type { SignInRecord } from '../../contract/calls/vault.ts';

/** Categories that mean the server was never reached: the password is simply not tested yet. */
export const UNREACHED: readonly CheckCategory[] = ['DNS_FAILURE', 'CONNECTION_REFUSED', 'TIMEOUT'];

/** Categories that mean the server refused this app password: never retry into a lockout. */
export const REFUSED: readonly CheckCategory[] = ['AUTH_FAILED', 'BASIC_AUTH_DISABLED'];

export const EMPTY_RECORD: SignInRecord = { lastOk: null, lastFailure: null, lastCheckedAt: null };

/**
 * The record after a test at `at` whose server results were `categories` (only the servers the app
 * password works for). Every one OK → lastOk. Any refusal or TLS problem → lastFailure with the most
 * telling category. Only unreached servers → the password stays "not tested yet".
 */
export function recordAfterTest(previous: SignInRecord | undefined, categories: readonly CheckCategory[], at: string): SignInRecord {
  const base = { ...(previous ?? EMPTY_RECORD), lastCheckedAt: at };
  if (categories.length === 0) return base;
  if (categories.every((c) => c === 'OK')) return { ...base, lastOk: at };
  const failure = categories.find((c) => REFUSED.includes(c)) ?? categories.find((c) => c !== 'OK' && !UNREACHED.includes(c));
  return failure === undefined ? base : { ...base, lastFailure: { at, category: failure } };
}

/** The last test was refused (and nothing signed in since): scheduled checks stop for this entry. */
export function refusedSinceLastOk(record: SignInRecord | undefined): boolean {
  const failure = record?.lastFailure;
  if (!failure || !REFUSED.includes(failure.category)) return false;
  return record.lastOk === null || record.lastOk < failure.at;
}

/** The last test failed for any reason other than an unreachable server, and nothing signed in since. */
export function failedSinceLastOk(record: SignInRecord | undefined): boolean {
  const failure = record?.lastFailure;
  if (!failure) return false;
  return record.lastOk === null || record.lastOk < failure.at;
}
