import { z } from 'zod';
import { call } from '../define-call.ts';
import { CHECK_TIMEOUT, ENTRY_LIMITS, MAIL_HOST_PATTERN, PORT_RANGE } from '../limits.ts';
import { MAIL_PROTOCOLS, SECURITIES, emailSchema, type MailProtocol } from './providers.ts';

export const CHECK_CATEGORIES = ['OK', 'AUTH_FAILED', 'BASIC_AUTH_DISABLED', 'TLS_ERROR', 'CONNECTION_REFUSED', 'DNS_FAILURE', 'TIMEOUT'] as const;
export type CheckCategory = (typeof CHECK_CATEGORIES)[number];

/** Longest a sign-in check may be told to wait, and its default. */
export { CHECK_TIMEOUT };

const host = z.string().min(1).max(ENTRY_LIMITS.host).regex(MAIL_HOST_PATTERN, 'a host name or IP address');
/** Neither field may carry control characters (no CR/LF smuggled into protocol commands). */
const hasNoControl = (value: string): boolean => ![...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
const pem = z.string().max(64 * 1024).regex(/-----BEGIN CERTIFICATE-----/, 'a PEM certificate');

export const checkInputSchema = z.strictObject({
  protocol: z.enum(MAIL_PROTOCOLS),
  host,
  port: z.number().int().min(PORT_RANGE.min).max(PORT_RANGE.max),
  security: z.enum(SECURITIES),
  username: z.string().min(1).max(ENTRY_LIMITS.username).refine(hasNoControl, 'no control characters'),
  /** The app password: a secret, never logged or echoed. */
  password: z.string().min(1).max(1024).refine(hasNoControl, 'no control characters'),
  /** Extra CA certificate(s) to trust besides the system's (PEM). */
  caPem: pem.optional(),
  timeoutMs: z.number().int().min(CHECK_TIMEOUT.minMs).max(CHECK_TIMEOUT.maxMs).optional(),
});
export type CheckInput = z.output<typeof checkInputSchema>;

export interface CheckResult {
  category: CheckCategory;
  /** What happened and what to do, in plain words. */
  advice: string;
  /** Secret-free technical detail: an error code, a certificate problem, the server's reply code. */
  detail?: string;
  protocol: MailProtocol;
  host: string;
  port: number;
  elapsedMs: number;
}

const resolvedServer = (protocols: readonly [MailProtocol, ...MailProtocol[]]) =>
  z.strictObject({
    protocol: z.enum(protocols),
    host,
    port: z.number().int().min(PORT_RANGE.min).max(PORT_RANGE.max),
    security: z.enum(SECURITIES),
    username: z.string().min(1).max(ENTRY_LIMITS.username).refine(hasNoControl, 'no control characters'),
  });

/** Setup files (plist, Thunderbird XML, sheets) carry these fields: no control characters (L3). */
export const accountSettingsSchema = z.strictObject({
  email: emailSchema.refine(hasNoControl, 'no control characters'),
  displayName: z.string().min(1).max(120).refine(hasNoControl, 'no control characters'),
  providerId: z.string().max(40).nullable(),
  incoming: resolvedServer(['imap', 'pop3']),
  outgoing: resolvedServer(['smtp']),
});

export const PROFILE_FORMATS = ['mobileconfig', 'thunderbird', 'sheet-text', 'sheet-json'] as const;
export type ProfileFormat = (typeof PROFILE_FORMATS)[number];

export interface ProfileFile {
  fileName: string;
  mimeType: string;
  content: string;
  /** Set when the file holds the password in plain text. */
  warning?: string;
}

export const GUIDE_CLIENTS = ['apple-mail-macos', 'ios-mail', 'thunderbird', 'outlook-windows', 'outlook-mac', 'gmail-android', 'em-client'] as const;
export type GuideClient = (typeof GUIDE_CLIENTS)[number];

export interface Guide {
  client: GuideClient;
  title: string;
  /** Shown before the steps when the provider or client should use OAuth2 sign-in instead. */
  oauth2Note: string | null;
  steps: string[];
}

export const mailCalls = {
  /** Tries to sign in. The password is a secret: it never appears in the result or in errors. */
  'mail.check': call<CheckResult>()(checkInputSchema),
  'mail.profile': call<ProfileFile>()(
    z.strictObject({
      format: z.enum(PROFILE_FORMATS),
      settings: accountSettingsSchema,
      includePassword: z.boolean().optional(),
      password: z.string().min(1).max(1024).optional(),
    }),
  ),
  'mail.guide': call<Guide>()(z.strictObject({ client: z.enum(GUIDE_CLIENTS), settings: accountSettingsSchema })),
};
