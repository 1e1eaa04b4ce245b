import { z } from 'zod';
import { call } from '../define-call.ts';
import { CATALOG_MAX_BYTES } from '../limits.ts';
import { fileGrantSchema, type FileChoice } from './interop.ts';

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

/** A fact that changes on a date: the words before it, and the words from that day on. */
export const datedChangeSchema = z.strictObject({
  /** The first day on which `after` is true (YYYY-MM-DD). */
  on: isoDate,
  before: z.string().min(10).max(600),
  after: z.string().min(10).max(600),
});
export type DatedChange = z.output<typeof datedChangeSchema>;

/**
 * A status note as the catalog stores it: plain `text`, or a `change` with words for before and
 * after its date (never both). Relative phrases ("in five weeks") are computed, never stored.
 */
export const statusNoteDataSchema = z
  .strictObject({
    /** Stable name of the note, for screens that single one out (e.g. `smtp-auth-default-off`). */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,47}$/).optional(),
    /** When the fact was stated by its source. */
    date: isoDate,
    text: z.string().min(10).max(600).optional(),
    change: datedChangeSchema.optional(),
    /** True: screens show it first, as a warning ("read this first"). */
    headline: z.boolean().optional(),
    sourceUrl: httpsUrl,
    /** `confirmed`: the provider's own words; `reported`: third parties, or not confirmed. Say "reported" in the UI. */
    confidence: z.enum(['confirmed', 'reported']),
  })
  .refine((n) => (n.text === undefined) !== (n.change === undefined), 'a note has either text or a dated change, not both');
export type StatusNoteData = z.output<typeof statusNoteDataSchema>;

/** A status note worded for today: `text` is the words that are true on `today`. */
export type StatusNote = StatusNoteData & {
  text: string;
  /** For a dated change: whole days from today to `change.on` (negative once it has passed). */
  daysToChange?: number;
};

/** Where one fact about a provider was read, and when. */
export const factSourceSchema = z.strictObject({
  fact: z.string().min(3).max(120),
  url: httpsUrl,
  /** The day the source was read (the snapshot's date for a repository). */
  read: isoDate,
});

export const providerDataSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,31}$/),
  name: z.string().min(2).max(80),
  shortName: z.string().min(2).max(30),
  /** Address domains this provider hosts (lower case, no leading @). */
  domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)).max(400),
  /** Parent domains whose every subdomain is an address domain of this provider (tenant.onmicrosoft.com). */
  subdomainsOf: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)).max(8).optional(),
  /** Registrable domains of MX hosts that reveal this provider for custom domains (e.g. google.com). */
  mxDomains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)).max(20),
  appPasswords: z.strictObject({
    /** The provider's own name for the separate password ("authorization code", "Secure Mail Key"); absent = "app password". */
    passwordName: z.string().min(3).max(80).optional(),
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
  /**
   * When the sign-in name cannot be made from the address (iCloud+ custom domains sign in with the
   * Apple Account's iCloud address): what to ask for. Screens ask, and use the answer as the user name.
   */
  signInName: z.strictObject({ label: z.string().min(3).max(80), placeholder: z.string().min(3).max(60) }).optional(),
  oauth2: z.strictObject({
    /** True when the provider wants clients to use its own sign-in (OAuth2) instead of passwords. */
    preferred: z.boolean(),
    /** What to tell the user instead of (or before) making an app password. No dated facts here: those are notes. */
    advice: z.string().min(10).max(600),
  }),
  notes: z.array(statusNoteDataSchema).max(20),
  /** Where the servers, page and rules were read (status notes carry their own source). */
  sources: z.array(factSourceSchema).max(12).optional(),
});
export type ProviderData = z.output<typeof providerDataSchema>;

/** A provider as screens, the CLI and the guides see it: its notes worded for today. */
export type Provider = Omit<ProviderData, 'notes'> & { notes: StatusNote[] };

/** The catalog file: versioned, signed for updates (docs/providers.md). */
export const catalogSchema = z.strictObject({
  /** Shape of this file; 1 until the schema changes incompatibly. */
  schema: z.literal(1),
  /** Grows with every published catalog; an update must be newer than the catalog in use. */
  version: z.number().int().positive(),
  /** The day this version was compiled from its sources. */
  date: isoDate,
  /** After this day the catalog counts as out of date, and an update that has expired is refused. */
  expires: isoDate,
  providers: z.array(providerDataSchema).min(1).max(200),
});
export type Catalog = z.output<typeof catalogSchema>;

export const CATALOG_ORIGINS = ['built-in', 'update'] as const;

/** The catalog in use, for status lines (Settings, `apppass catalog status`). */
export interface CatalogInfo {
  version: number;
  date: string;
  expires: string;
  origin: (typeof CATALOG_ORIGINS)[number];
  /** Whole days from the catalog's date to today. */
  ageDays: number;
  /** True once today is after `expires`. */
  expired: boolean;
  /** Where an update came from (URL or file) and when it was installed; null for the built-in catalog. */
  updateSource: string | null;
  installedOn: string | null;
  /** Why a stored update was not used at start (bad signature, older than built in), or null. */
  storedUpdateIgnored: string | null;
  /** Settings: automatic checks (off by default) and the https URL they and the Update button use. */
  autoCheck: boolean;
  updateUrl: string;
  /** The day checked against (APPPASS_TODAY or the clock). */
  today: string;
}

export interface CatalogUpdateResult {
  /** True when a newer catalog was installed; false when the offered one was the one in use. */
  installed: boolean;
  catalog: CatalogInfo;
}

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
  /**
   * What the wizard must show before a password is sent (L11): a discovered server that takes the
   * password unencrypted, or that is on this machine or the local network. Absent or empty when none.
   */
  warnings?: DiscoveryWarning[];
}

/** A discovered server AppPass kept only because there was no safe one of its kind. */
export interface DiscoveryWarning {
  code: 'plaintext' | 'local-address';
  host: string;
  port: number;
}

export const emailSchema = z.string().min(3).max(254).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an e-mail address');

/**
 * An https URL to read a signed catalog from (its signature at URL.minisig). Never a file path: a
 * catalog file comes as a grant from the host's open dialog or as uploaded content (H2).
 */
export const catalogUrlSchema = z.string().min(1).max(2048).regex(/^https:\/\//i, 'an https:// address (choose a file with Browse…)');

/** Largest catalog upload, as base64 (CATALOG_MAX_BYTES of the core, 4/3 longer). */
const CATALOG_UPLOAD_MAX_BASE64 = Math.ceil(CATALOG_MAX_BYTES / 3) * 4 + 4;

/** Where providers.updateCatalog reads from: at most one of these; none = the configured https URL. */
const catalogUpdateInput = z
  .strictObject({
    from: catalogUrlSchema.optional(),
    /** The catalog file chosen in the host's open dialog (providers.pickCatalogFile); its FILE.minisig is read beside it. */
    grant: fileGrantSchema.optional(),
    /** Where the host has no dialog: the catalog file's bytes and its minisign signature, uploaded by the user. */
    upload: z
      .strictObject({
        catalogBase64: z.string().min(1).max(CATALOG_UPLOAD_MAX_BASE64).regex(/^[A-Za-z0-9+/]*={0,2}$/),
        signature: z.string().min(1).max(4096),
        /** The file's name, for the status line ("from catalog.json"); never a path. */
        name: z.string().min(1).max(255).refine((n) => !/[/\\]/.test(n) && ![...n].some((c) => c < ' '), 'a file name without folders or control characters'),
      })
      .optional(),
  })
  .refine((i) => [i.from, i.grant, i.upload].filter((v) => v !== undefined).length <= 1, { message: 'give at most one of from, grant or upload' });

export const providersCalls = {
  /** The providers worded for `today`, with the catalog they come from. */
  'providers.list': call<{ today: string; catalog: CatalogInfo; providers: Provider[] }>()(z.undefined()),
  'providers.get': call<Provider>()(z.strictObject({ id: z.string().max(40) })),
  'providers.detect': call<DetectResult>()(z.strictObject({ email: emailSchema })),
  'providers.catalogStatus': call<CatalogInfo>()(z.undefined()),
  /**
   * Shows the host's "open" dialog for a signed catalog file: a one-time grant for updateCatalog.
   * USAGE where there is no dialog (app.info.canPickFiles); upload the file there instead.
   */
  'providers.pickCatalogFile': call<FileChoice>()(z.undefined()),
  /**
   * Reads a signed catalog from the https URL `from`, the granted file, or the uploaded content, else
   * from the configured URL; installs it only when all checks pass. Never takes a file path (H2).
   */
  'providers.updateCatalog': call<CatalogUpdateResult>()(catalogUpdateInput),
  'providers.setCatalogSettings': call<CatalogInfo>()(z.strictObject({ autoCheck: z.boolean(), updateUrl: httpsUrl.optional() })),
};
