import type { AccountSettings, DetectResult, MailProtocol, Provider, ResolvedServer, Security } from '../../../../electron/contract/calls/providers.ts';
import type { ServerRow } from '../../components/server-row.ts';
import { ENTRY_LIMITS, MAIL_HOST_PATTERN, PORT_RANGE } from '../../../../electron/contract/limits.ts';

/**
 * The whole setup wizard's state, in one reducer, so that going back never loses anything: Back
 * and Next only move `step`; data is dropped only when what it depends on changes (a new address
 * drops the detection; new servers or a new password drop the sign-in test result).
 */
export const WIZARD_STEPS = ['address', 'checklist', 'create', 'paste', 'test', 'save', 'client', 'done'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export interface WizardState {
  step: number;
  email: string;
  detection: DetectResult | null;
  /** The provider the user settled on (detected or chosen); null = "other", servers by hand. */
  provider: Provider | null;
  /** True once the user picked a provider different from the detected one. */
  providerChosen: boolean;
  /** The servers that will be tested, saved and used for client setup. */
  settings: AccountSettings | null;
  checklistConfirmed: boolean;
  pageOpened: boolean;
  label: string;
  /** The app password being set up: shown in its field while the wizard is open, dropped on reset. */
  secret: string;
  /** True when the secret was generated here rather than pasted. */
  generated: boolean;
  /** Incoming and outgoing, tested together (a server the provider's app passwords skip is marked skipped). */
  test: ServerRow[] | null;
  savedId: string | null;
  client: string | null;
}

export const initialWizardState: WizardState = {
  step: 0,
  email: '',
  detection: null,
  provider: null,
  providerChosen: false,
  settings: null,
  checklistConfirmed: false,
  pageOpened: false,
  label: '',
  secret: '',
  generated: false,
  test: null,
  savedId: null,
  client: null,
};

export type WizardAction =
  | { type: 'email'; email: string }
  | { type: 'detected'; detection: DetectResult }
  | { type: 'provider'; provider: Provider | null }
  | { type: 'server'; which: 'incoming' | 'outgoing'; patch: Partial<Omit<ResolvedServer, 'protocol'>> & { protocol?: MailProtocol } }
  | { type: 'checklist'; confirmed: boolean }
  | { type: 'pageOpened' }
  | { type: 'label'; label: string }
  | { type: 'secret'; secret: string; generated?: boolean }
  | { type: 'tested'; result: ServerRow[] }
  | { type: 'saved'; id: string }
  | { type: 'client'; client: string | null }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'reset' };

export const LAST_STEP = WIZARD_STEPS.length - 1;

export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

function localPart(email: string): string {
  return email.trim().split('@')[0] ?? '';
}

/** Settings for `email` from a provider's catalog servers (preferred IMAP, else POP; preferred SMTP). */
export function settingsFromProvider(provider: Provider, email: string): AccountSettings | null {
  const incoming = provider.servers.imap[0] ?? provider.servers.pop3[0];
  const inProtocol: MailProtocol = provider.servers.imap[0] ? 'imap' : 'pop3';
  const outgoing = provider.servers.smtp[0];
  if (!incoming || !outgoing) return null;
  const user = (form: 'address' | 'localpart') => (form === 'address' ? email.trim() : localPart(email));
  return {
    email: email.trim(),
    displayName: provider.name,
    providerId: provider.id,
    incoming: { protocol: inProtocol, host: incoming.host, port: incoming.port, security: incoming.security, username: user(incoming.username) },
    outgoing: { protocol: 'smtp', host: outgoing.host, port: outgoing.port, security: outgoing.security, username: user(outgoing.username) },
  };
}

/** True when the provider's app passwords sign in to nothing (Outlook.com): the wizard stops at step 2. */
export function appPasswordsCannotWork(provider: Provider | null): boolean {
  return provider !== null && provider.appPasswords.worksFor.length === 0;
}

/** Whether the app password is tried on this server: not where the provider's app passwords do not sign in (Microsoft 365 IMAP). */
export function testsServer(provider: Provider | null, protocol: MailProtocol): boolean {
  return provider === null || provider.appPasswords.worksFor.includes(protocol);
}

const UNREACHED = new Set(['DNS_FAILURE', 'CONNECTION_REFUSED', 'TIMEOUT']);

/**
 * What the test showed, for Save and Done: `ok` only when every tried server signed in; `failed`
 * when a server refused; `untested` when there was no test or no server could be reached.
 */
export function testOutcome(test: readonly ServerRow[] | null): 'ok' | 'failed' | 'untested' {
  const tried = (test ?? []).flatMap((row) => (row.result === null ? [] : [row.result.category]));
  if (tried.length === 0) return 'untested';
  if (tried.every((c) => c === 'OK')) return 'ok';
  return tried.every((c) => c === 'OK' || UNREACHED.has(c)) ? 'untested' : 'failed';
}

/** Blank servers to fill by hand ("Other provider"). */
export function manualSettings(email: string): AccountSettings {
  const domain = email.trim().split('@')[1] ?? '';
  const server = (protocol: MailProtocol, prefix: string, port: number, security: Security): ResolvedServer => ({
    protocol,
    host: domain ? `${prefix}.${domain}` : '',
    port,
    security,
    username: email.trim(),
  });
  return { email: email.trim(), displayName: domain || email.trim(), providerId: null, incoming: server('imap', 'imap', 993, 'ssl'), outgoing: server('smtp', 'smtp', 465, 'ssl') };
}

/** Whether the current step has what it needs to move on. */
/** A host the contract accepts: a host name or IP address within ENTRY_LIMITS.host (contract/limits.ts, their one home). */
export function hostIsUsable(host: string): boolean {
  return host !== '' && host.length <= ENTRY_LIMITS.host && MAIL_HOST_PATTERN.test(host);
}

/**
 * A server the contract accepts: its host, a port in PORT_RANGE and a user name within the limit. A
 * port being typed that is not valid yet is held as 0, so Next waits.
 */
export function serverIsUsable(server: ResolvedServer): boolean {
  const portOk = Number.isInteger(server.port) && server.port >= PORT_RANGE.min && server.port <= PORT_RANGE.max;
  return hostIsUsable(server.host) && portOk && server.username !== '' && server.username.length <= ENTRY_LIMITS.username;
}

export function canAdvance(state: WizardState): boolean {
  switch (WIZARD_STEPS[state.step]) {
    case 'address':
      return isEmail(state.email) && state.settings !== null && serverIsUsable(state.settings.incoming) && serverIsUsable(state.settings.outgoing);
    case 'checklist':
      return state.checklistConfirmed && !appPasswordsCannotWork(state.provider);
    case 'create':
      return true;
    case 'paste':
      return state.secret.trim() !== '' && state.label.trim() !== '';
    case 'test':
      return true;
    case 'save':
      return state.savedId !== null;
    case 'client':
      return true;
    default:
      return false;
  }
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'email': {
      if (action.email === state.email) return state;
      // A new address invalidates what was found for the old one, and the servers built from it.
      return { ...state, email: action.email, detection: null, provider: null, providerChosen: false, settings: null, test: null };
    }
    case 'detected': {
      if (action.detection.email.trim().toLowerCase() !== state.email.trim().toLowerCase()) return state;
      const { provider, settings } = action.detection;
      return { ...state, detection: action.detection, provider, providerChosen: false, settings, test: null };
    }
    case 'provider': {
      const settings = action.provider ? settingsFromProvider(action.provider, state.email) : manualSettings(state.email);
      const sameAsDetected = action.provider?.id === state.detection?.provider?.id;
      const nextSettings = sameAsDetected && state.detection ? state.detection.settings : settings;
      return {
        ...state,
        provider: action.provider,
        providerChosen: !sameAsDetected,
        settings: nextSettings,
        checklistConfirmed: state.provider?.id === action.provider?.id ? state.checklistConfirmed : false,
        test: null,
      };
    }
    case 'server': {
      if (!state.settings) return state;
      const current = state.settings[action.which];
      const next = { ...current, ...action.patch } as ResolvedServer;
      return { ...state, settings: { ...state.settings, [action.which]: next }, test: null };
    }
    case 'checklist':
      return { ...state, checklistConfirmed: action.confirmed };
    case 'pageOpened':
      return { ...state, pageOpened: true };
    case 'label':
      return { ...state, label: action.label };
    case 'secret':
      if (action.secret === state.secret) return state;
      return { ...state, secret: action.secret, generated: action.generated ?? false, test: null };
    case 'tested':
      return { ...state, test: action.result };
    case 'saved':
      return { ...state, savedId: action.id };
    case 'client':
      return { ...state, client: action.client };
    case 'next': {
      if (!canAdvance(state) || state.step >= LAST_STEP) return state;
      const step = state.step + 1;
      // Done: the password is in the vault now; the wizard lets go of its copy.
      return WIZARD_STEPS[step] === 'done' ? { ...state, step, secret: '' } : { ...state, step };
    }
    case 'back':
      // Once saved, going back before "save" would invite a second copy: stop at the client step.
      if (state.savedId !== null && state.step <= WIZARD_STEPS.indexOf('client')) return state;
      return state.step > 0 ? { ...state, step: state.step - 1 } : state;
    case 'reset':
      return initialWizardState;
  }
}
