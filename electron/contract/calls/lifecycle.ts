import { z } from 'zod';
import { call } from '../define-call.ts';
import { CHECK_TIMEOUT, PROFILE_FORMATS, type CheckCategory, type CheckResult, type ProfileFile } from './mail.ts';
import type { AccountSettings, MailProtocol, Security } from './providers.ts';
import { entrySchema, type EntrySummary, type SignInRecord } from './vault.ts';

/** One server of an entry's sign-in test: its result, or why it was not tried. */
export interface ServerTest {
  which: 'incoming' | 'outgoing';
  protocol: MailProtocol;
  host: string;
  port: number;
  security: Security;
  /** `not-for-app-passwords`: the provider's app passwords do not sign in there (Microsoft 365 IMAP). */
  skipped: 'not-for-app-passwords' | null;
  result: CheckResult | null;
}

export interface EntryTest {
  /** Incoming and outgoing, tested together. */
  servers: ServerTest[];
  signIn: SignInRecord;
}

/** "12 of 25 app passwords at Apple": live app passwords of one account AppPass holds; max null = unknown. */
export interface ProviderUsage {
  used: number;
  max: number | null;
  providerName: string;
}

/** Where an app password stands in its life. */
export interface EntryLifecycle {
  ageDays: number;
  signIn: SignInRecord | null;
  /** The last test was refused: scheduled checks no longer sign in with it (no lockouts). */
  checksStopped: boolean;
  /** Devices and mail clients using this password: the label, the listed devices, entries holding the same password. */
  devices: string[];
  usage: ProviderUsage | null;
  /** true: changing the account password revokes it (Google, Apple) — "I changed my password" is offered. */
  revokedByPasswordChange: boolean | null;
}

/** One earlier value of an entry, as the details pane shows it: never the secret itself. */
export interface HistoryView {
  stamp: string;
  replacedAt: string;
  reason: 'edited' | 'merge';
  /** A merge loser nobody has looked at yet. */
  review: boolean;
  /** `password`: an earlier app password (with its account when that differed); `field`: another field that lost a merge. */
  kind: 'password' | 'field';
  field: string | null;
  /** `field` items: the earlier value as text (never a secret: the app password is only in `password` items), or null when empty. */
  value: string | null;
  hasSecret: boolean;
  account: string | null;
}

/** The walk-through after an account-password change: the devices still to re-issue. */
export interface ReissuePlan {
  account: string;
  providerId: string;
  providerName: string;
  pageUrl: string;
  steps: { entryId: string; label: string; devices: string[] }[];
}

export const HYGIENE_KINDS = ['check-failed', 'cannot-work', 'deadline', 'revoked', 'shared', 'old', 'never-used'] as const;
export type HygieneKind = (typeof HYGIENE_KINDS)[number];

/** A dated fact that ends app-password sign-in, worded for today by the providers module. */
export interface HygieneDeadline {
  /** YYYY-MM-DD. */
  date: string;
  /** Whole days from today to the date (negative once it has passed). */
  days: number;
  passed: boolean;
  /** The fact's own words for today (before or after its date). */
  words: string;
}

export interface HygieneItem {
  kind: HygieneKind;
  urgent: boolean;
  entryId: string;
  account: string;
  label: string;
  providerId: string;
  ageDays: number;
  /** check-failed and revoked: since when. */
  since?: string;
  category?: CheckCategory;
  /** revoked because the account password changed: re-issue it. */
  reissue?: boolean;
  deadline?: HygieneDeadline;
}

const id = z.strictObject({ id: entrySchema.shape.id });
const account = z.strictObject({ account: entrySchema.shape.account, provider: entrySchema.shape.provider });

export const lifecycleCalls = {
  /** Signs in with the entry's app password, incoming and outgoing together; records the outcome on the entry. */
  'lifecycle.test': call<EntryTest & { entry: EntrySummary }>()(
    z.strictObject({ id: entrySchema.shape.id, timeoutMs: z.number().int().min(CHECK_TIMEOUT.minMs).max(CHECK_TIMEOUT.maxMs).optional() }),
  ),
  'lifecycle.facts': call<EntryLifecycle>()(id),
  /** The mail settings the entry's guide and setup files are made from (its own servers, else the provider's). */
  'lifecycle.mailSettings': call<AccountSettings>()(id),
  /** An Apple profile or Thunderbird autoconfig file for the entry; the password goes in only when asked. */
  'lifecycle.profile': call<ProfileFile>()(z.strictObject({ id: entrySchema.shape.id, format: z.enum(PROFILE_FORMATS), includePassword: z.boolean().optional() })),
  /** "I changed my Google/Apple password": marks every app password of the account revoked; returns the re-issue plan. */
  'lifecycle.accountPasswordChanged': call<ReissuePlan>()(account),
  'lifecycle.reissuePlan': call<ReissuePlan>()(account),
  /** Puts a newly issued app password into the entry (the old one is replaced) and clears its revoked mark. */
  'lifecycle.reissue': call<EntrySummary>()(z.strictObject({ id: entrySchema.shape.id, secret: entrySchema.shape.secret })),
  /** The entry's earlier values (KeePassXC-style history), newest first, without secrets. */
  'lifecycle.history': call<HistoryView[]>()(id),
  /** One earlier app password, for showing it to a person (logged as revealed). */
  'lifecycle.historySecret': call<{ secret: string }>()(z.strictObject({ id: entrySchema.shape.id, stamp: z.string().min(1).max(40) })),
  /** Marks the entry's merge losers as looked at. */
  'lifecycle.markReviewed': call<HistoryView[]>()(id),
  /** Entries that need attention, urgent first. */
  'lifecycle.hygiene': call<HygieneItem[]>()(z.undefined()),
  /** Runs the scheduled checks that are due now (none while the setting is off). */
  'lifecycle.runScheduledChecks': call<{ checked: string[]; refused: string[] }>()(z.undefined()),
};

export const trashCalls = {
  /** Entries in the trash, most recently deleted first. */
  'trash.list': call<EntrySummary[]>()(z.undefined()),
  'trash.restore': call<EntrySummary>()(id),
  /** Removes the given entry from the trash for good, or every entry in it. */
  'trash.empty': call<{ removed: number }>()(z.strictObject({ id: entrySchema.shape.id.optional() })),
};
