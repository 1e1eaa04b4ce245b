/**
 * The limits, choices and defaults AppPass enforces and shows, each written once. This module is
 * zod-free and imports nothing, so the renderer may import it as VALUES (the one electron/ module it
 * may; eslint.config.js allows exactly this file). The contract's schemas are built from these; the
 * core, the CLI, Electron main and the screens read them from here.
 *
 * Shape: a range is `{ min, max, default }` (Bitwarden's range-with-default); a fixed list of
 * choices is `{ choices, default }`. Units are in the names.
 */

/** Shortest new master password the app accepts, in code points (the renderer also asks for a zxcvbn "Good"). */
export const MASTER_PASSWORD_MIN_LENGTH = 10;

/** Limits of the generator's settings; the core enforces them and the generator screen offers them. */
export const GENERATOR_LIMITS = {
  pin: { min: 4, max: 12, default: 6 },
  alnum: { min: 8, max: 128, default: 20 },
  passphrase: { min: 3, max: 20, default: 6 },
  /** Longest passphrase separator, in characters. */
  separatorMax: 8,
  /** Longest pattern text and longest pattern output, in characters. */
  patternMax: 1024,
  count: { min: 1, max: 100, default: 1 },
} as const;

/** Idle minutes before the vault locks; the setting may also be null (never lock on idle). */
export const AUTO_LOCK_MINUTES = { choices: [1, 5, 15, 30, 60, 240], default: 15 } as const;
export type AutoLockMinutes = (typeof AUTO_LOCK_MINUTES.choices)[number] | null;

/**
 * Seconds until a copied secret is cleared from the clipboard; the setting may also be null (never
 * by timer; still cleared on lock and quit). `choices` are what the settings screen offers.
 */
export const CLIPBOARD_CLEAR_SECONDS = { min: 5, max: 600, default: 20, choices: [10, 20, 30, 60, 120] } as const;

/** Days the OS-keychain quick unlock works before the master password is asked again. */
export const QUICK_UNLOCK_DAYS = { min: 1, max: 90, default: 14, choices: [1, 3, 7, 14, 30, 90] } as const;

/**
 * Default quick-search shortcut: Ctrl+Alt+Shift+P (Cmd+Alt+Shift+P on macOS). Chosen to avoid
 * the common defaults: Ctrl/Cmd+Shift+Space (1Password Quick Access), Ctrl+Shift+L / Ctrl+Shift+U
 * (Bitwarden), Ctrl+Alt+A (KeePassXC auto-type), Alt+Space (KRunner, PowerToys Run, Alfred),
 * Cmd+Space (Spotlight), Ctrl+Alt+T (terminals), Ctrl+Shift+P (command palettes; needs focus anyway).
 */
export const DEFAULT_GLOBAL_SHORTCUT = 'CommandOrControl+Alt+Shift+P';
/** Longest global-shortcut setting, in characters. */
export const GLOBAL_SHORTCUT_MAX = 100;

/** What interop.exportFile and `apppass export` write, in the order the export dialog offers them. */
export const EXPORT_FORMATS = ['kdbx', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * What interop.previewImport / applyImport and `apppass import` read, in the order the import dialog
 * offers them; `json` is AppPass's encrypted backup.
 */
export const IMPORT_FORMATS = ['kdbx', 'bitwarden-json', 'bitwarden-csv', 'csv', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Formats whose file has its own password (KeePass, AppPass's encrypted backup). */
export function needsPassword(format: ImportFormat | ExportFormat): boolean {
  return format === 'kdbx' || format === 'json';
}

/** Longest search text (the vault list and the quick-search popup), in characters. */
export const SEARCH_QUERY_MAX = 200;

/** Largest provider catalog file accepted, by URL, file or upload (the built-in one is about 100 kB). */
export const CATALOG_MAX_BYTES = 2 * 1024 * 1024;

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
/** The page-storage key under which the renderer remembers the theme for the lock screen (not secret). */
export const THEME_STORAGE_KEY = 'apppass.theme';

/** Input limits for entries, in characters (tags: how many); the core validates stored entries against the same ones. */
export const ENTRY_LIMITS = {
  id: 64,
  provider: 64,
  account: 320,
  label: 200,
  secret: 1024,
  notes: 10_000,
  tag: 64,
  tags: 32,
  host: 253,
  username: 320,
  /** Devices and mail clients listed on one entry, and the length of each name. */
  devices: 16,
  device: 64,
} as const;

/** A mail server's host as the sign-in check and setup files take it: a host name or an IP address (length: ENTRY_LIMITS.host). */
export const MAIL_HOST_PATTERN = /^[A-Za-z0-9.-]+$|^[0-9A-Fa-f:.]+$/;
/** TCP ports a mail server may listen on. */
export const PORT_RANGE = { min: 1, max: 65535 } as const;

/** Longest a sign-in check may be told to wait, and its default, in milliseconds. */
export const CHECK_TIMEOUT = { defaultMs: 10_000, minMs: 100, maxMs: 60_000 } as const;

// The `apppass get` agent (issue 19). AGENT_FIELDS is also read by the CLI's small get bundle.
/** The fields `apppass get --field` can print, and the agent can answer. The password is the default. */
export const AGENT_FIELDS = ['password', 'account', 'user', 'imap-host', 'imap-port', 'smtp-host', 'smtp-port', 'id', 'label', 'imap-security', 'smtp-security'] as const;
export type AgentField = (typeof AGENT_FIELDS)[number];

/** How long an "allow for a while" approval lasts. */
export const AGENT_APPROVAL_HOURS = 8;
/** Most "always" approvals a vault keeps (oldest dropped). */
export const AGENT_APPROVALS_MAX = 200;
/** Longest caller description kept (executable path and name). */
export const AGENT_CALLER_MAX = 300;
