import { copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openVault, readVaultInfo, type VaultSession } from '../../../../electron/core/vault/index.ts';
import { syncFolder } from '../../../../electron/core/sync/index.ts';
import { GOLDEN } from '../../../fixtures/vault/golden-content.ts';
import { tempVault } from '../../../support/vault-helpers.ts';

const V2 = fileURLToPath(new URL('../../../fixtures/vault/v2-golden.apppass', import.meta.url));
const ID1 = '271f1e64-656f-4641-8f5d-481fe4967329';
const ID2 = '182b5691-5c33-4db7-b130-4cf95af72758';
const A = { id: 'a0a0a0a0a0a0', name: 'laptop' };
const B = { id: 'b0b0b0b0b0b0', name: 'desktop' };

const open: VaultSession[] = [];
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const s of open.splice(0)) s.lock();
  while (cleanups.length > 0) cleanups.pop()?.();
});

/** The v2 golden vault copied to two computers' folders, opened as each, at a clock of its own. */
async function twoComputers(startA = '2026-11-30T10:00:00.000Z', startB = '2026-11-30T10:00:00.500Z') {
  const ta = tempVault();
  const tb = tempVault();
  cleanups.push(ta.cleanup, tb.cleanup);
  copyFileSync(V2, ta.path);
  copyFileSync(V2, tb.path);
  const clock = (start: string) => {
    let t = Date.parse(start);
    return () => new Date((t += 1000));
  };
  const a = await openVault(ta.path, GOLDEN.password, { device: A, now: clock(startA) });
  const b = await openVault(tb.path, GOLDEN.password, { device: B, now: clock(startB) });
  open.push(a, b);
  return { a, b, pathA: ta.path, pathB: tb.path };
}

describe('a format-2 vault on two computers', () => {
  it('upgrades to format 3 on save, and edits of different fields of one entry both stay', async () => {
    const { a, b, pathA, pathB } = await twoComputers();
    a.update(ID1, { label: 'Laptop mail' });
    await a.save();
    b.update(ID1, { secret: 'new-app-password', notes: 'from the desktop' });
    await b.save();
    expect((await readVaultInfo(pathA)).formatVersion).toBe(3);
    const report = await a.mergeFile(pathB);
    expect(report).toMatchObject({ copies: [pathB.slice(dirname(pathB).length + 1)], added: [], changed: [ID1], deleted: [], conflicts: [], passwordChanged: false });
    expect(a.get(ID1)).toMatchObject({ label: 'Laptop mail', secret: 'new-app-password', notes: 'from the desktop', account: 'golden@icloud.com' });
    // The old secret is kept, as B edited it.
    expect(a.get(ID1).history).toEqual([expect.objectContaining({ reason: 'edited', review: false, secret: 'abcd-efgh-ijkl-mnop' })]);
    await a.save();
    expect(a.devices().map((d) => [d.name, d.thisDevice])).toEqual([
      ['laptop', true],
      ['desktop', false],
    ]);
  });

  it('the same field changed on both: the later shows, the other waits for review in the history, until marked reviewed', async () => {
    const { a, b, pathB } = await twoComputers();
    a.update(ID2, { label: 'Thunderbird at home' });
    await a.save();
    b.update(ID2, { label: 'Thunderbird at work' }); // B's clock is half a second later
    await b.save();
    const report = await a.mergeFile(pathB);
    expect(report.conflicts).toEqual([ID2]);
    expect(a.get(ID2).label).toBe('Thunderbird at work');
    expect(a.toReview()).toEqual([{ id: ID2, count: 1 }]);
    expect(a.history(ID2)).toEqual([expect.objectContaining({ reason: 'merge', review: true, field: 'label', value: 'Thunderbird at home' })]);
    a.markReviewed(ID2);
    expect(a.toReview()).toEqual([]);
    expect(a.history(ID2)).toEqual([expect.objectContaining({ field: 'label', value: 'Thunderbird at home', review: false })]);
    await a.save();
    // B merges A's result: the conflict is settled there too, and both end equal.
    await b.mergeFile(join(dirname(a.path), 'vault.apppass'));
    expect(b.toReview()).toEqual([]);
    expect(b.get(ID2)).toEqual(a.get(ID2));
  });

  it('read-merge-write: saving over a file the other computer changed merges it; a copy under a newer password is COPY_PASSWORD_REQUIRED', async () => {
    const { a, b, pathA } = await twoComputers();
    // B now writes into A's file (as a sync client would deliver it).
    const bOnA = await openVault(pathA, GOLDEN.password, { device: B });
    open.push(bOnA);
    bOnA.update(ID1, { notes: 'written by B' });
    await bOnA.save();
    a.update(ID1, { tags: ['from-a'] });
    await a.save();
    expect(a.lastMergeReport?.changed).toEqual([ID1]);
    const check = await openVault(pathA, GOLDEN.password, { device: A });
    open.push(check);
    expect(check.get(ID1)).toMatchObject({ notes: 'written by B', tags: ['from-a'] });
    await bOnA.changeMasterPassword(GOLDEN.password, 'a newer master password');
    a.update(ID1, { label: 'unsaved' });
    await expect(a.save()).rejects.toMatchObject({ code: 'COPY_PASSWORD_REQUIRED' });
    expect(a.hasUnsavedChanges).toBe(true);
    void b;
  });

  it('a deletion wins over the older edit and loses to a later one; the entry comes back whole', async () => {
    const { a, b, pathB } = await twoComputers('2026-11-30T10:00:00.000Z', '2026-11-30T10:10:00.000Z');
    a.remove(ID2);
    a.emptyTrash(ID2);
    await a.save();
    b.update(ID2, { notes: 'edited after the deletion' });
    await b.save();
    const report = await a.mergeFile(pathB);
    expect(report.added).toEqual([ID2]);
    expect(a.get(ID2)).toMatchObject({ notes: 'edited after the deletion', secret: 'qrstuvwxyzabcdef' });
  });

  it('the vault file changed on disk under a newer master password: sync asks for it, merges, and keeps the newer password and the unsaved edit', async () => {
    const { a, pathA } = await twoComputers();
    const other = await openVault(pathA, GOLDEN.password, { device: B });
    open.push(other);
    other.update(ID1, { notes: 'before the password change' });
    await other.changeMasterPassword(GOLDEN.password, 'the newer password');
    a.update(ID2, { label: 'edited while the password changed' });
    await expect(a.save()).rejects.toMatchObject({ code: 'COPY_PASSWORD_REQUIRED' });
    const refused = await syncFolder(a, { now: new Date() });
    expect(refused.skipped).toEqual([expect.objectContaining({ file: 'vault.apppass', code: 'COPY_PASSWORD_REQUIRED' })]);
    const done = await syncFolder(a, { now: new Date(), askPassword: async () => 'the newer password' });
    expect(done).toMatchObject({ moved: [], skipped: [], report: { passwordChanged: true, changed: [ID1] } });
    await expect(openVault(pathA, GOLDEN.password)).rejects.toMatchObject({ code: 'WRONG_PASSWORD' });
    const check = await openVault(pathA, 'the newer password', { device: A });
    open.push(check);
    expect(check.get(ID1).notes).toBe('before the password change');
    expect(check.get(ID2).label).toBe('edited while the password changed');
  });

  it('two AppPass processes on one computer (one device id) editing the same field: the second save keeps the first value for review', async () => {
    const { pathA } = await twoComputers();
    const app = await openVault(pathA, GOLDEN.password, { device: A });
    const cli = await openVault(pathA, GOLDEN.password, { device: A });
    open.push(app, cli);
    cli.update(ID2, { label: 'set by the CLI' });
    await cli.save();
    app.update(ID2, { label: 'set in the app' });
    await app.save(); // merges the CLI's save: same device id, but not a write the app had seen
    expect(app.get(ID2).label).toBe('set in the app');
    expect(app.toReview()).toEqual([{ id: ID2, count: 1 }]);
    expect(app.history(ID2)).toEqual([expect.objectContaining({ field: 'label', value: 'set by the CLI', review: true })]);
  });
});
