import { z } from 'zod';
import { call } from '../define-call.ts';

/** Transport security of a mail server: implicit TLS, STARTTLS, or none (only for tests and LANs). */
export const SECURITIES = ['ssl', 'starttls', 'none'] as const;
export type Security = (typeof SECURITIES)[number];

/** How the user name is formed from the address: the full address or the part before the @. */
export const USERNAME_FORMS = ['address', 'localpart'] as const;
export type UsernameForm = (typeof USERNAME_FORMS)[number];

export const MAIL_PROTOCOLS = ['imap', 'pop3', 'smtp'] as const;
export type MailProtocol = (typeof MAIL_PROTOCOLS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain });
const hostname = z.string().min(1).max(253).regex(/^[A-Za-z0-9.-]+$|^\[?[0-9A-Fa-f:.]+\]?$/, 'a host name or IP address');
const port = z.number().int().min(1).max(65535);

/** One server as a catalog or an autoconfig file states it. */
export const serverTemplateSchema = z.strictObject({
  host: hostname,
  port,
  security: z.enum(SECURITIES),
  username: z.enum(USERNAME_FORMS),
});
export type ServerTemplate = z.output<typeof serverTemplateSchema>;

/** Servers per protocol, the preferred one first; an empty list means the provider offers none. */
export const serverListSchema = z.strictObject({
  imap: z.array(serverTemplateSchema).max(8),
  pop3: z.array(serverTemplateSchema).max(8),
  smtp: z.array(serverTemplateSchema).max(8),
});
export type ServerList = z.output<typeof serverListSchema>;

export const statusNoteSchema = z.strictObject({
  /** When the fact was stated or took effect. */
  date: isoDate,
  text: z.string().min(10).max(600),
  sourceUrl: httpsUrl,
  /** `confirmed`: the provider's own words; `reported`: third parties, or not re-checked. Say "reported" in the UI. */
  confidence: z.enum(['confirmed', 'reported']),
});
export type StatusNote = z.output<typeof statusNoteSchema>;

export const providerSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,31}$/),
  name: z.string().min(2).max(80),
  shortName: z.string().min(2).max(30),
  /** Address domains this provider hosts (lower case, no leading @). */
  domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)).max(200),
  /** Registrable domains of MX hosts that reveal this provider for custom domains (e.g. google.com). */
  mxDomains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)).max(20),
  appPasswords: z.strictObject({
    /** The page where one is made (https only). */
    pageUrl: httpsUrl,
    /** How to reach that page and make one, in order. */
    steps: z.array(z.string().min(3).max(300)).min(1).max(12),
    /** What must be true first, as steps. */
    prerequisites: z.array(z.string().min(3).max(300)).max(12),
    limits: z.strictObject({
      /** Most app passwords one account may hold, or null when unknown / unlimited. */
      maxCount: z.number().int().positive().nullable(),
      /** true: changing the account password revokes them; null: unknown. */
      revokedByPasswordChange: z.boolean().nullable(),
      notes: z.array(z.string().min(3).max(300)).max(8),
    }),
    /** Key into PROVIDER_FORMATS (electron/core/provider-formats), or null when no format is known. */
    formatId: z.string().nullable(),
    /** Protocols an app password actually signs in to today. */
    worksFor: z.array(z.enum(MAIL_PROTOCOLS)),
  }),
  servers: serverListSchema,
  oauth2: z.strictObject({
    /** True when the provider wants clients to use its own sign-in (OAuth2) instead of passwords. */
    preferred: z.boolean(),
    /** What to tell the user instead of (or before) making an app password. */
    advice: z.string().min(10).max(600),
  }),
  notes: z.array(statusNoteSchema).max(20),
});
export type Provider = z.output<typeof providerSchema>;

export const catalogSchema = z.strictObject({
  /** The day the whole catalog was last checked against its sources. */
  lastVerified: isoDate,
  providers: z.array(providerSchema).min(1),
});
export type Catalog = z.output<typeof catalogSchema>;

/** One fully resolved server, with the account's user name filled in. */
export interface ResolvedServer {
  protocol: MailProtocol;
  host: string;
  port: number;
  security: Security;
  username: string;
}

/** Everything a mail client needs for one account (no password). */
export interface AccountSettings {
  email: string;
  /** The provider's name, or the domain when unknown. */
  displayName: string;
  providerId: string | null;
  incoming: ResolvedServer;
  outgoing: ResolvedServer;
}

export const DISCOVERY_SOURCES = ['catalog', 'autoconfig', 'well-known', 'ispdb', 'mx'] as const;
export type DiscoverySource = (typeof DISCOVERY_SOURCES)[number];

export interface DiscoveryStep {
  /** What was tried: `catalog`, an autoconfig URL, `mx:DOMAIN`, … (no secrets: the address is the user's own). */
  step: string;
  outcome: 'found' | 'not-found' | 'error' | 'timeout' | 'skipped';
  /** A short, secret-free reason for errors. */
  reason?: string;
}

export interface DetectResult {
  email: string;
  source: DiscoverySource;
  /** The catalog provider, when one matched (by domain, MX, or the autoconfig's provider id). */
  provider: Provider | null;
  /** All servers found, the preferred first. */
  servers: ServerList;
  /** Ready-to-use settings: the preferred incoming (IMAP, else POP) and outgoing server. */
  settings: AccountSettings;
  steps: DiscoveryStep[];
}

export const emailSchema = z.string().min(3).max(254).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an e-mail address');

export const providersCalls = {
  'providers.list': call<{ lastVerified: string; providers: Provider[] }>()(z.undefined()),
  'providers.get': call<Provider>()(z.strictObject({ id: z.string().max(40) })),
  'providers.detect': call<DetectResult>()(z.strictObject({ email: emailSchema })),
};
