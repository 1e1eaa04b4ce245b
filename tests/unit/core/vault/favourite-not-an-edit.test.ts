import { afterEach, describe, expect, it } from 'vitest';
import { createVault, openVault } from '../../../../electron/core/vault/index.ts';
import { FAST_KDF, steppingClock, tempVault } from '../../../support/vault-helpers.ts';

const PASSWORD = 'correct horse battery staple';
let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

// Finding 26: starring an entry is a preference, not an edit: the "Changed" date and the activity
// log stay as they were, yet the star is saved. Any other field still counts as a change.
describe('toggling a favourite', () => {
  it('keeps the Changed date and logs nothing, but is saved; a label change still counts', async () => {
    const t = tempVault();
    cleanups.push(t.cleanup);
    const session = await createVault(t.path, PASSWORD, { kdf: FAST_KDF, now: steppingClock() });
    const added = session.add({ account: 'me@example.com', label: 'iPhone Mail', secret: 'abcd-efgh-ijkl' });
    await session.save();
    const starred = session.update(added.id, { favourite: true });
    expect(starred.favourite).toBe(true);
    expect(starred.updated).toBe(added.updated);
    expect(session.activity().map((e) => e.action)).toEqual(['created']);
    await session.save();
    session.lock();

    const again = await openVault(t.path, PASSWORD, { now: steppingClock('2026-02-01T00:00:00.000Z') });
    expect(again.get(added.id)).toMatchObject({ favourite: true, updated: added.updated });
    const renamed = again.update(added.id, { label: 'Work iPhone', favourite: false });
    expect(renamed.updated).not.toBe(added.updated);
    expect(again.activity().map((e) => e.action)).toEqual(['created', 'changed']);
  });
});
