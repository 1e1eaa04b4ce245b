import { execFileSync } from 'node:child_process';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readImportFile } from '../../../../electron/core/interop/index.ts';
import { createVault, openVault, VaultService } from '../../../../electron/core/vault/index.ts';
import { restoreBackup } from '../../../../electron/core/vault/restore-backup.ts';
import { VAULT_FILE_MAX } from '../../../../electron/core/vault/storage/vault-files.ts';
import { FAST_KDF, tempVault } from '../../../support/vault-helpers.ts';

/**
 * M3 (security review 2026-11): a FIFO as the vault hung the CLI (and four of them froze libuv's
 * thread pool in the app); /dev/zero as the vault or import grew to 4 GB. Now: refused before reading.
 */
let t: ReturnType<typeof tempVault>;
afterEach(() => t?.cleanup());

function fifo(path: string): string {
  execFileSync('mkfifo', [path]);
  return path;
}

describe('special files are refused before a byte is read (M3)', () => {
  it('vault: a FIFO, /dev/zero and a folder are IO_ERROR at once; a file over the vault limit is VAULT_CORRUPT unread', async () => {
    t = tempVault();
    const pipe = fifo(join(t.dir, 'fifo.apppass'));
    await expect(openVault(pipe, 'pw')).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining('named pipe') });
    await expect(openVault('/dev/zero', 'pw')).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining('device') });
    mkdirSync(join(t.dir, 'folder.apppass'));
    await expect(openVault(join(t.dir, 'folder.apppass'), 'pw')).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining('folder') });
    const huge = join(t.dir, 'huge.apppass');
    writeFileSync(huge, '');
    truncateSync(huge, VAULT_FILE_MAX + 1); // sparse: no disk used
    await expect(openVault(huge, 'pw')).rejects.toMatchObject({ code: 'VAULT_CORRUPT' });
  });

  it('four FIFOs opened at once do not freeze file I/O (the thread pool stays free)', async () => {
    t = tempVault();
    const service = new VaultService(t.path);
    const pipes = [0, 1, 2, 3].map((i) => fifo(join(t.dir, `p${i}.apppass`)));
    const outcomes = await Promise.all(pipes.map((p) => service.openFile(p).catch((error: unknown) => error)));
    for (const outcome of outcomes) expect(outcome).toMatchObject({ code: 'IO_ERROR' });
    expect(service.path).toBe(t.path);
    expect(await service.status()).toMatchObject({ exists: false });
  });

  it('a backup that is a FIFO is refused by restore-backup', async () => {
    t = tempVault();
    fifo(`${t.path}.bak`);
    await expect(restoreBackup(t.path)).rejects.toMatchObject({ code: 'IO_ERROR' });
  });

  it('import: /dev/zero, a FIFO and a folder are IO_ERROR; more bytes than the limit is IMPORT_TOO_LARGE', async () => {
    t = tempVault();
    await expect(readImportFile('/dev/zero')).rejects.toMatchObject({ code: 'IO_ERROR' });
    await expect(readImportFile(fifo(join(t.dir, 'in.csv')))).rejects.toMatchObject({ code: 'IO_ERROR' });
    await expect(readImportFile(t.dir)).rejects.toMatchObject({ code: 'IO_ERROR' });
    const big = join(t.dir, 'big.csv');
    writeFileSync(big, 'x'.repeat(2000));
    const limits = { fileBytes: 1000, inflatedBytes: 1, entries: 1, vaultEntries: 1, aesKdfRounds: 1 };
    await expect(readImportFile(big, limits)).rejects.toMatchObject({ code: 'IMPORT_TOO_LARGE' });
    expect((await readImportFile(big, { ...limits, fileBytes: 2000 })).length).toBe(2000);
    // A /proc file reports size 0 but has content: read to its end, within the limit.
    expect((await readImportFile('/proc/self/status')).toString()).toContain('Pid:');
  });

  it('sync: merging a "copy" that is a FIFO or /dev/zero is IO_ERROR at once', async () => {
    t = tempVault();
    const session = await createVault(t.path, 'pw', { kdf: FAST_KDF });
    await expect(session.mergeFile(fifo(join(t.dir, 'vault (conflicted copy).apppass')))).rejects.toMatchObject({ code: 'IO_ERROR' });
    await expect(session.mergeFile('/dev/zero')).rejects.toMatchObject({ code: 'IO_ERROR' });
    session.lock();
  });
});
