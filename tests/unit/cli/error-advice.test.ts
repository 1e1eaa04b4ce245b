import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliAdvice } from '../../../electron/cli/advice.ts';
import { createHandlers } from '../../../electron/core/api/create-handlers.ts';
import { dispatch } from '../../../electron/core/api/dispatch.ts';
import { VaultService } from '../../../electron/core/vault/index.ts';
import { errorWords, reasonWords } from '../../../renderer/src/strings/en.ts';
import { runFakeCli } from '../../support/fake-cli-io.ts';
import { makeTempVault, tempVaultPath, type TempVaultPath } from '../../support/temp-vault.ts';

// Core messages say what happened; each host says what to do in its own words: the CLI names its
// commands (electron/cli/advice.ts), the GUI its screens (renderer/src/strings/en.ts errorWords).

const PW = 'advice master password';
const CLI_WORDS = /`apppass [a-z]|--vault\b|--keychain\b|--password-stdin\b/;
const places: TempVaultPath[] = [];
afterEach(() => places.splice(0).forEach((p) => p.cleanup()));

async function vaultWithOneEntry(): Promise<string> {
  const made = await makeTempVault({ password: PW, prefix: 'apppass-advice-', entries: [{ provider: 'gmail', account: 'a@gmail.com', secret: 'abcd efgh ijkl mnop' }] });
  made.session.lock();
  places.push(made);
  return made.path;
}

/** Each `new AppError(code, message` up to its options or its end (the message, however built) that names the CLI. */
function cliWordsInErrors(source: string): string[] {
  return [...source.matchAll(/new AppError\(([\s\S]*?)(?:\{ details|\{ cause|\);)/g)]
    .map((m) => (m[1] ?? '').trim())
    .filter((message) => CLI_WORDS.test(message))
    .map((message) => message.slice(0, 160));
}

function coreSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => join(d.parentPath, d.name));
}

describe('error advice: the CLI says it, the GUI does not', () => {
  it('no core error message names a CLI command or option', () => {
    const offenders: string[] = [];
    for (const file of coreSources('electron/core')) {
      offenders.push(...cliWordsInErrors(readFileSync(file, 'utf8')).map((m) => `${file}: ${m}`));
    }
    expect(offenders).toEqual([]);
    // The scan itself bites: the message this change removed from vault-session.ts is caught.
    expect(cliWordsInErrors("return new AppError('NOT_FOUND', `No entry with id ${id}. Run \\`apppass list\\` to see the ids.`, { details: { id } });")).toHaveLength(1);
  });

  it('CLI: an unknown entry id says to run `apppass list`; with --json the advice is a field', async () => {
    const vault = await vaultWithOneEntry();
    const human = await runFakeCli(['show', 'no-such-id', '--vault', vault, '--password-stdin'], [PW]);
    expect(human.code).toBe(5);
    expect(human.err).toBe('apppass: NOT_FOUND: No entry with id no-such-id. Run `apppass list` to see the ids.\n');
    const json = await runFakeCli(['show', 'no-such-id', '--vault', vault, '--password-stdin', '--json'], [PW]);
    expect(JSON.parse(json.err)).toEqual({
      error: { code: 'NOT_FOUND', message: 'No entry with id no-such-id.', details: { id: 'no-such-id', subject: 'entry' }, advice: 'Run `apppass list` to see the ids.' },
    });
  });

  it('CLI: a missing vault says `apppass init`; a wrong password says to try again', async () => {
    const place = tempVaultPath('apppass-advice-');
    places.push(place);
    const missing = await runFakeCli(['list', '--vault', place.path, '--password-stdin'], [PW]);
    expect(missing.err).toContain('Create one with `apppass init`, or give --vault PATH.');
    const vault = await vaultWithOneEntry();
    const wrong = await runFakeCli(['list', '--vault', vault, '--password-stdin'], ['not the password']);
    expect(wrong.code).toBe(3);
    expect(wrong.err).toBe('apppass: WRONG_PASSWORD: The master password is wrong. Try again (check Caps Lock and the keyboard layout).\n');
    const exists = await runFakeCli(['init', '--vault', vault, '--password-stdin'], [PW]);
    expect(exists.err).toContain('Give another --vault PATH, or remove the old vault first.');
  });

  it('GUI: the same errors reach the renderer without CLI words, and its own words say what to do', async () => {
    const vault = await vaultWithOneEntry();
    const service = new VaultService(vault);
    const handlers = createHandlers({ version: '0.0.0-test', platform: 'linux', vaultPath: vault, vault: service });
    const wrong = await dispatch(handlers, 'vault.unlock', { password: 'not the password' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD', message: 'The master password is wrong.' } });
    expect(await dispatch(handlers, 'vault.unlock', { password: PW })).toMatchObject({ ok: true });
    const unknown = await dispatch(handlers, 'entries.reveal', { id: 'no-such-id' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    for (const result of [wrong, unknown]) {
      if (result.ok) throw new Error('expected an error');
      expect(result.error.message).not.toMatch(CLI_WORDS);
      expect(errorWords[result.error.code].advice).not.toMatch(CLI_WORDS);
    }
    service.lock();
  });

  it('the CLI advice table is keyed by code and details only, never by message text', () => {
    expect(cliAdvice({ code: 'NOT_FOUND', message: 'anything', details: { subject: 'vault', path: '/x' } })).toMatch(/apppass init/);
    expect(cliAdvice({ code: 'NOT_FOUND', message: 'No entry with id x.' })).toBeNull();
    expect(cliAdvice({ code: 'MASTER_PASSWORD_REQUIRED', message: '', details: { reason: 'not-enabled' } })).toMatch(/apppass keychain enable/);
    expect(cliAdvice({ code: 'MASTER_PASSWORD_REQUIRED', message: '', details: { reason: 'expired' } })).toBeNull();
    expect(cliAdvice({ code: 'INTERNAL', message: '' })).toBeNull();
    // An agent already serving: the core says so; the CLI names its command, the GUI its own words.
    expect(cliAdvice({ code: 'IO_ERROR', message: 'Another AppPass agent already serves at /x.', details: { reason: 'in-use' } })).toMatch(/apppass agent lock/);
    expect(reasonWords['in-use']?.advice).toMatch(/Stop the other one/);
    expect(reasonWords['in-use']?.advice).not.toMatch(CLI_WORDS);
  });

});
