import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuiltCli, type CliRun } from '../../support/built-cli.ts';

// `apppass rm` moves an entry to the trash; `apppass trash` lists, restores and empties it. Each
// command in its own process through the built bin/apppass.mjs, as a user runs them.
const dir = mkdtempSync(join(tmpdir(), 'apppass-trash-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const vault = join(dir, 'vault.apppass');
const PW = 'trash test master password';
const FAST = ['--kdf-memory', '19', '--kdf-iterations', '2', '--kdf-parallelism', '1'];

function apppass(args: string[]): Promise<CliRun> {
  return runBuiltCli(['--vault', vault, '--password-stdin', ...args], { stdin: `${PW}\n` });
}
function ok(run: CliRun): CliRun {
  expect(run.status, `exit ${run.status}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`).toBe(0);
  return run;
}
const ids = async (args: string[]): Promise<string[]> => (JSON.parse(ok(await apppass([...args, '--json'])).stdout) as Array<{ id: string }>).map((e) => e.id);

describe('apppass trash (built CLI, real processes)', () => {
  it('--help lists trash; trash --help and rm --help say how the trash works', async () => {
    expect(ok(await runBuiltCli(['--help'])).stdout).toMatch(/\n {2}trash +Entries removed with rm/);
    expect(ok(await runBuiltCli(['trash', '--help'])).stdout).toContain('apppass trash restore ID');
    expect(ok(await runBuiltCli(['rm', '--help'])).stdout).toContain('--purge');
  });

  it('rm moves to the trash, trash lists and restores it, empty removes it for good, rm --purge skips the trash', async () => {
    ok(await runBuiltCli(['--vault', vault, '--password-stdin', 'init', ...FAST], { stdin: `${PW}\n` }));
    const add = async (label: string) => ok(await runBuiltCli(['--vault', vault, '--password-stdin', 'add', '--account', 'a@example.com', '--label', label], { stdin: `${PW}\nsecret-${label}\n` })).stdout.trim();
    const phone = await add('Phone');
    const laptop = await add('Laptop');

    expect(ok(await apppass(['rm', phone])).stdout).toBe(`Moved ${phone} to the trash (apppass trash restore ${phone} brings it back).\n`);
    expect(await ids(['list'])).toEqual([laptop]);
    const trashed = JSON.parse(ok(await apppass(['trash', '--json'])).stdout) as Array<Record<string, unknown>>;
    expect(trashed).toEqual([{ id: phone, provider: 'custom', account: 'a@example.com', label: 'Phone', trashedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
    expect(JSON.stringify(trashed)).not.toContain('secret-');
    expect(ok(await apppass(['trash', 'list'])).stdout).toMatch(new RegExp(`^${phone}\tcustom\ta@example.com\tPhone\t\\d{4}-`));

    expect(ok(await apppass(['trash', 'restore', phone])).stdout).toBe(`Restored ${phone} from the trash.\n`);
    expect((await ids(['list'])).sort()).toEqual([laptop, phone].sort());
    expect(ok(await apppass(['trash'])).stdout).toBe('The trash is empty.\n');
    expect(JSON.parse(ok(await apppass(['show', phone, '--json'])).stdout)).toMatchObject({ secret: 'secret-Phone' });

    ok(await apppass(['rm', phone]));
    expect(JSON.parse(ok(await apppass(['trash', 'empty', '--json'])).stdout)).toEqual({ removed: 1 });
    expect(await ids(['trash'])).toEqual([]);
    const gone = await apppass(['trash', 'restore', phone]);
    expect(gone.status).toBe(5);
    expect(gone.stderr).toContain(`NOT_FOUND: No entry with id ${phone}.`);

    expect(ok(await apppass(['rm', laptop, '--purge'])).stdout).toBe(`Removed ${laptop} for good.\n`);
    expect(await ids(['list'])).toEqual([]);
    expect(await ids(['trash'])).toEqual([]);
  });

  it('wrong uses are USAGE (exit 2) and change nothing', async () => {
    const live = ok(await runBuiltCli(['--vault', vault, '--password-stdin', 'add', '--account', 'b@example.com', '--label', 'Tablet'], { stdin: `${PW}\nsecret-b\n` })).stdout.trim();
    const notTrashed = await apppass(['trash', 'restore', live]);
    expect(notTrashed.status).toBe(2);
    expect(notTrashed.stderr).toContain('That entry is not in the trash');
    const emptyOne = await apppass(['trash', 'empty', live]);
    expect(emptyOne.status).toBe(2);
    expect(await ids(['list'])).toEqual([live]);
    for (const args of [['trash', 'bogus'], ['trash', 'restore'], ['trash', 'list', 'x'], ['trash', 'empty', 'a', 'b']]) {
      const r = await apppass(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('Usage: apppass trash');
    }
  });
});
