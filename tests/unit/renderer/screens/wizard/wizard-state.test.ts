import { describe, expect, it } from 'vitest';
import type { Provider, DetectResult } from '../../../../../electron/contract/calls/providers.ts';
import type { CheckResult } from '../../../../../electron/contract/calls/mail.ts';
import type { ServerRow } from '../../../../../renderer/src/components/server-row.ts';
import {
  canAdvance,
  hostIsUsable,
  initialWizardState,
  settingsFromProvider,
  testOutcome,
  appPasswordsCannotWork,
  testsServer,
  wizardReducer,
  WIZARD_STEPS,
  type WizardAction,
  type WizardState,
} from '../../../../../renderer/src/screens/wizard/wizard-state.ts';

const provider = (id: string, usernameForm: 'address' | 'localpart' = 'address'): Provider => ({
  id,
  name: `${id} Mail`,
  shortName: id,
  domains: [`${id}.example`],
  mxDomains: [],
  appPasswords: {
    pageUrl: `https://${id}.example/app-passwords`,
    steps: ['Open the page'],
    prerequisites: ['Turn on two-step verification'],
    limits: { maxCount: null, revokedByPasswordChange: null, notes: [] },
    formatId: null,
    worksFor: ['imap', 'smtp'],
  },
  servers: {
    imap: [{ host: `imap.${id}.example`, port: 993, security: 'ssl', username: usernameForm }],
    pop3: [],
    smtp: [{ host: `smtp.${id}.example`, port: 465, security: 'ssl', username: 'address' }],
  },
  oauth2: { preferred: false, advice: 'Passwords are fine here.' },
  notes: [],
});

const detection = (email: string, p: Provider): DetectResult => ({
  email,
  source: 'catalog',
  provider: p,
  servers: p.servers,
  settings: settingsFromProvider(p, email)!,
  steps: [{ step: 'catalog', outcome: 'found' }],
});

const check = (category: CheckResult['category'], protocol: 'imap' | 'smtp' = 'imap'): CheckResult => ({ category, advice: 'Words.', protocol, host: `${protocol}.a.example`, port: 993, elapsedMs: 5 });
const rows = (incoming: CheckResult['category'] | null, outgoing: CheckResult['category'] | null): ServerRow[] => [
  { which: 'incoming', protocol: 'imap', host: 'imap.a.example', port: 993, skipped: incoming === null ? 'not-for-app-passwords' : null, result: incoming === null ? null : check(incoming) },
  { which: 'outgoing', protocol: 'smtp', host: 'smtp.a.example', port: 465, skipped: outgoing === null ? 'not-for-app-passwords' : null, result: outgoing === null ? null : check(outgoing, 'smtp') },
];
const okResult = rows('OK', 'OK');

function run(actions: WizardAction[], from: WizardState = initialWizardState): WizardState {
  return actions.reduce(wizardReducer, from);
}

/** A wizard filled up to the "save" step. */
function filled(): WizardState {
  const a = provider('a');
  return run([
    { type: 'email', email: 'me@a.example' },
    { type: 'detected', detection: detection('me@a.example', a) },
    { type: 'next' },
    { type: 'checklist', confirmed: true },
    { type: 'next' },
    { type: 'pageOpened' },
    { type: 'next' },
    { type: 'label', label: 'iPhone Mail' },
    { type: 'secret', secret: 'abcd efgh ijkl mnop' },
    { type: 'next' },
    { type: 'tested', result: okResult },
    { type: 'next' },
  ]);
}

describe('wizard state', () => {
  it('walks forward only when each step has what it needs', () => {
    let s = run([{ type: 'next' }]);
    expect(s.step).toBe(0);
    s = run([{ type: 'email', email: 'not-an-address' }, { type: 'next' }]);
    expect(s.step).toBe(0);
    s = filled();
    expect(WIZARD_STEPS[s.step]).toBe('save');
    expect(canAdvance(s)).toBe(false);
    s = run([{ type: 'saved', id: 'e1' }, { type: 'next' }], s);
    expect(WIZARD_STEPS[s.step]).toBe('client');
  });

  it('going back to the first step and forward again loses nothing', () => {
    const before = filled();
    let s = before;
    for (let i = 0; i < 10; i++) s = wizardReducer(s, { type: 'back' });
    expect(s.step).toBe(0);
    expect({ ...s, step: before.step }).toEqual(before);
    for (let i = 0; i < before.step; i++) s = wizardReducer(s, { type: 'next' });
    expect(s).toEqual(before);
  });

  it('a new address drops the detection and the test result but keeps the label and password', () => {
    const s = run([{ type: 'email', email: 'other@b.example' }], filled());
    expect(s.detection).toBeNull();
    expect(s.settings).toBeNull();
    expect(s.test).toBeNull();
    expect(s.label).toBe('iPhone Mail');
    expect(s.secret).toBe('abcd efgh ijkl mnop');
  });

  it('a detection for an address that is no longer typed is ignored', () => {
    const s = run([{ type: 'email', email: 'me@a.example' }, { type: 'email', email: 'me@b.example' }, { type: 'detected', detection: detection('me@a.example', provider('a')) }]);
    expect(s.detection).toBeNull();
  });

  it('choosing another provider rebuilds the servers and asks for the checklist again', () => {
    const s = run([{ type: 'provider', provider: provider('c', 'localpart') }], filled());
    expect(s.provider?.id).toBe('c');
    expect(s.providerChosen).toBe(true);
    expect(s.settings?.incoming).toMatchObject({ host: 'imap.c.example', username: 'me' });
    expect(s.settings?.outgoing).toMatchObject({ host: 'smtp.c.example', username: 'me@a.example' });
    expect(s.checklistConfirmed).toBe(false);
    expect(s.test).toBeNull();
  });

  it('"other provider" gives editable servers, and editing them drops the test result', () => {
    let s = run([{ type: 'provider', provider: null }], filled());
    expect(s.settings?.incoming.host).toBe('imap.a.example');
    s = run([{ type: 'tested', result: okResult }, { type: 'server', which: 'incoming', patch: { host: '127.0.0.1', port: 10143, security: 'none' } }], s);
    expect(s.settings?.incoming).toMatchObject({ host: '127.0.0.1', port: 10143, security: 'none', protocol: 'imap' });
    expect(s.test).toBeNull();
  });

  it('finding 23: a port being typed that is not valid yet (held as 0), an over-long or malformed host, or an empty user name keeps Next waiting', () => {
    const start = run([{ type: 'email', email: 'me@a.example' }, { type: 'detected', detection: detection('me@a.example', provider('a')) }]);
    expect(canAdvance(start)).toBe(true);
    const bad = (patch: { host?: string; port?: number; username?: string }) => run([{ type: 'server', which: 'outgoing', patch }], start);
    expect(canAdvance(bad({ port: 0 }))).toBe(false);
    expect(canAdvance(bad({ port: 65536 }))).toBe(false);
    expect(canAdvance(bad({ host: `${'a'.repeat(250)}.com` }))).toBe(false);
    expect(canAdvance(bad({ host: 'smtp example.com' }))).toBe(false);
    expect(canAdvance(bad({ username: '' }))).toBe(false);
    expect(canAdvance(bad({ port: 587, host: '127.0.0.1' }))).toBe(true);
    expect(hostIsUsable('imap.a.example')).toBe(true);
    expect(hostIsUsable('')).toBe(false);
  });

  it('a changed password drops the sign-in result; the same password keeps it', () => {
    const withTest = run([{ type: 'back' }, { type: 'tested', result: okResult }], filled());
    expect(run([{ type: 'secret', secret: 'abcd efgh ijkl mnop' }], withTest).test).toEqual(okResult);
    expect(run([{ type: 'secret', secret: 'zzzz' }], withTest).test).toBeNull();
  });

  it('after saving, Back stops at the client step so the entry is not saved twice', () => {
    const s = run([{ type: 'saved', id: 'e1' }, { type: 'next' }, { type: 'back' }, { type: 'back' }], filled());
    expect(WIZARD_STEPS[s.step]).toBe('client');
  });

  it('does not try the app password on IMAP when the provider\'s app passwords only work for SMTP (Microsoft 365)', () => {
    const smtpOnly: Provider = { ...provider('m'), appPasswords: { ...provider('m').appPasswords, worksFor: ['smtp'] } };
    const s = run([{ type: 'email', email: 'me@m.example' }, { type: 'detected', detection: detection('me@m.example', smtpOnly) }]);
    expect(s.provider && testsServer(s.provider, 'imap')).toBe(false);
    expect(s.provider && testsServer(s.provider, 'smtp')).toBe(true);
    expect(testsServer(null, 'imap')).toBe(true);
  });

  it('the outcome is "ok" only when every tried server signed in; unreached servers leave it untested; a refusal fails it', () => {
    expect(testOutcome(null)).toBe('untested');
    expect(testOutcome(rows('OK', 'OK'))).toBe('ok');
    expect(testOutcome(rows(null, 'OK'))).toBe('ok');
    expect(testOutcome(rows('DNS_FAILURE', 'TIMEOUT'))).toBe('untested');
    expect(testOutcome(rows('OK', 'CONNECTION_REFUSED'))).toBe('untested');
    expect(testOutcome(rows('OK', 'AUTH_FAILED'))).toBe('failed');
    expect(testOutcome(rows(null, null))).toBe('untested');
  });

  it('stops at step 2 when the provider\'s app passwords sign in to nothing (Outlook.com)', () => {
    const none: Provider = { ...provider('o'), appPasswords: { ...provider('o').appPasswords, worksFor: [] } };
    const s = run([{ type: 'email', email: 'c@o.example' }, { type: 'detected', detection: detection('c@o.example', none) }, { type: 'next' }, { type: 'checklist', confirmed: true }]);
    expect(appPasswordsCannotWork(none)).toBe(true);
    expect(WIZARD_STEPS[s.step]).toBe('checklist');
    expect(canAdvance(s)).toBe(false);
    expect(WIZARD_STEPS[run([{ type: 'next' }], s).step]).toBe('checklist');
  });

  it('reaching "done" forgets the password (it is in the vault now)', () => {
    const s = run([{ type: 'saved', id: 'e1' }, { type: 'next' }, { type: 'next' }], filled());
    expect(WIZARD_STEPS[s.step]).toBe('done');
    expect(s.secret).toBe('');
    expect(s.label).toBe('iPhone Mail');
  });

  it('reset forgets everything, the password included', () => {
    expect(run([{ type: 'reset' }], filled())).toEqual(initialWizardState);
  });
});
