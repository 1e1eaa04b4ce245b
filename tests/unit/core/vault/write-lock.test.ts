import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createVault, openVault } from '../../../../electron/core/vault/index.ts';
import { atomicReplace, writeSynced } from '../../../../electron/core/vault/storage/atomic-write.ts';
import {
  isStaleLock,
  ownerOfThisProcess,
  parseOwner,
  processStartTime,
  serializeOwner,
  UNREADABLE_LOCK_STALE_MS,
  type ProcessProbe,
} from '../../../../electron/core/vault/storage/lock-owner.ts';
import { acquireWriteLock, lockPathOf } from '../../../../electron/core/vault/storage/write-lock.ts';
import { FAST_KDF, tempVault } from '../../../support/vault-helpers.ts';

let t: ReturnType<typeof tempVault>;
afterEach(() => t?.cleanup());

const probe = (over: Partial<ProcessProbe> = {}): ProcessProbe => ({
  host: 'here',
  boot: 'boot-1',
  isAlive: () => true,
  startOf: () => '100',
  ...over,
});
const owner = { pid: 4242, host: 'here', boot: 'boot-1', start: '100', nonce: 'n' };

describe('lock ownership (pure rule)', () => {
  it('a live owner is never stale, however old its lock', () => {
    expect(isStaleLock(owner, 10 * 60_000, probe())).toBe(false);
  });
  it('a dead owner, an earlier boot, or a reused pid (other start time) is stale at once (L5)', () => {
    expect(isStaleLock(owner, 0, probe({ isAlive: () => false }))).toBe(true);
    expect(isStaleLock(owner, 0, probe({ boot: 'boot-2' }))).toBe(true);
    expect(isStaleLock(owner, 0, probe({ startOf: () => '999' }))).toBe(true);
  });
  it('an unreadable lock, a bare pid or another host’s lock is waited for, then taken over', () => {
    expect(isStaleLock(null, 0, probe())).toBe(false);
    expect(isStaleLock(null, UNREADABLE_LOCK_STALE_MS + 1, probe())).toBe(true);
    const bare = parseOwner('1');
    expect(bare).toMatchObject({ pid: 1, nonce: '' });
    expect(isStaleLock(bare, 0, probe({ host: hostname() }))).toBe(false);
    expect(isStaleLock(bare, UNREADABLE_LOCK_STALE_MS + 1, probe({ host: hostname() }))).toBe(true);
    expect(isStaleLock({ ...owner, host: 'elsewhere' }, 1000, probe())).toBe(false);
    expect(isStaleLock({ ...owner, host: 'elsewhere' }, 61_000, probe())).toBe(true);
  });
  it('reads back what it writes, and refuses garbage', () => {
    const me = ownerOfThisProcess();
    expect(parseOwner(serializeOwner(me))).toEqual(me);
    expect(parseOwner('')).toBeNull();
    expect(parseOwner('{"pid":"1"}')).toBeNull();
    if (process.platform === 'linux') expect(processStartTime(process.pid)).toMatch(/^\d+$/);
  });
});

describe('the write lock between writers', () => {
  it('an empty lock file (a writer between create and write) is not taken for a stale lock (H1)', async () => {
    t = tempVault();
    writeFileSync(lockPathOf(t.path), '');
    await expect(acquireWriteLock(t.path, 200)).rejects.toMatchObject({ code: 'EXTERNAL_CHANGE' });
    expect(readFileSync(lockPathOf(t.path), 'utf8')).toBe('');
  });

  it('a lock held by a live process is waited for, then EXTERNAL_CHANGE; the lock is left alone', async () => {
    t = tempVault();
    const held = serializeOwner({ ...ownerOfThisProcess(), nonce: 'someone-else' });
    writeFileSync(lockPathOf(t.path), held);
    await expect(acquireWriteLock(t.path, 200)).rejects.toMatchObject({ code: 'EXTERNAL_CHANGE' });
    expect(readFileSync(lockPathOf(t.path), 'utf8')).toBe(held);
  });

  it('a lock whose pid now belongs to another process is taken over at once (L5)', async () => {
    t = tempVault();
    writeFileSync(lockPathOf(t.path), serializeOwner({ ...ownerOfThisProcess(), pid: 1, start: 'not-pid-1s-start-time' }));
    const release = await acquireWriteLock(t.path, 200);
    expect(parseOwner(readFileSync(lockPathOf(t.path), 'utf8'))?.pid).toBe(process.pid);
    await release();
    expect(existsSync(lockPathOf(t.path))).toBe(false);
  });

  it('a bare pid of a live process (older AppPass) blocks only until it is old', async () => {
    t = tempVault();
    writeFileSync(lockPathOf(t.path), '1');
    await expect(acquireWriteLock(t.path, 100)).rejects.toMatchObject({ code: 'EXTERNAL_CHANGE' });
    const old = (Date.now() - UNREADABLE_LOCK_STALE_MS - 5000) / 1000;
    utimesSync(lockPathOf(t.path), old, old);
    const release = await acquireWriteLock(t.path, 100);
    await release();
  });

  it('release removes only its own lock, never one that replaced it', async () => {
    t = tempVault();
    const release = await acquireWriteLock(t.path, 200);
    writeFileSync(lockPathOf(t.path), 'another writer');
    await release();
    expect(readFileSync(lockPathOf(t.path), 'utf8')).toBe('another writer');
  });
});

describe('temporary files (L6) and symlinked vaults (M2)', () => {
  it('a temporary file is never opened through a planted symlink, and two replaces never share a name', async () => {
    t = tempVault();
    const victim = join(t.dir, 'victim.txt');
    writeFileSync(victim, 'victim');
    symlinkSync(victim, join(t.dir, 'planted.tmp'));
    await expect(writeSynced(join(t.dir, 'planted.tmp'), Buffer.from('secret'))).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(victim, 'utf8')).toBe('victim');
    const target = join(t.dir, 'out.bin');
    await Promise.all(Array.from({ length: 20 }, (_, i) => atomicReplace(target, Buffer.alloc(100_000, i))));
    const bytes = readFileSync(target);
    expect(bytes.every((b) => b === bytes[0])).toBe(true); // one writer's bytes, never interleaved
    expect(readdirSync(t.dir).sort()).toEqual(['out.bin', 'planted.tmp', 'victim.txt']);
  });

  it('a vault reached through a symlink stays a symlink after a save; the real file gets the change and the .bak', async () => {
    t = tempVault();
    mkdirSync(join(t.dir, 'synced'));
    const real = join(t.dir, 'synced', 'vault.apppass');
    const session = await createVault(real, 'pw', { kdf: FAST_KDF });
    session.lock();
    symlinkSync(real, t.path);
    const viaLink = await openVault(t.path, 'pw');
    viaLink.add({ account: 'a@example.com', label: 'Mail', secret: 'abcd' });
    await viaLink.save();
    viaLink.lock();
    expect(lstatSync(t.path).isSymbolicLink()).toBe(true);
    expect(readlinkSync(t.path)).toBe(real);
    const direct = await openVault(real, 'pw');
    expect(direct.list().map((e) => e.account)).toEqual(['a@example.com']);
    direct.lock();
    expect(readdirSync(join(t.dir, 'synced')).sort()).toEqual(['vault.apppass', 'vault.apppass.bak']);
    expect(readdirSync(t.dir).sort()).toEqual(['synced', 'vault.apppass']);
  });

  it('leftover temporary files of a killed writer are removed by the next save', async () => {
    t = tempVault();
    const session = await createVault(t.path, 'pw', { kdf: FAST_KDF });
    for (const name of ['vault.apppass.tmp', 'vault.apppass.bak.tmp', 'vault.apppass.999.0123456789ab.tmp']) writeFileSync(join(t.dir, name), 'x');
    writeFileSync(join(t.dir, 'vault.apppass.notes.tmp'), 'not ours');
    session.add({ account: 'a@example.com', label: 'Mail', secret: 'abcd' });
    await session.save();
    session.lock();
    expect(readdirSync(t.dir).sort()).toEqual(['vault.apppass', 'vault.apppass.bak', 'vault.apppass.notes.tmp']);
  });
});

describe('a planted lock that is not a regular file', () => {
  it('a FIFO as PATH.lock does not block the save: it is waited for like an unreadable lock, then taken over', async () => {
    t = tempVault();
    execFileSync('mkfifo', [lockPathOf(t.path)]);
    await expect(acquireWriteLock(t.path, 100)).rejects.toMatchObject({ code: 'EXTERNAL_CHANGE' });
    const old = (Date.now() - UNREADABLE_LOCK_STALE_MS - 5000) / 1000;
    utimesSync(lockPathOf(t.path), old, old);
    const release = await acquireWriteLock(t.path, 100);
    expect(lstatSync(lockPathOf(t.path)).isFile()).toBe(true);
    await release();
  });
});
