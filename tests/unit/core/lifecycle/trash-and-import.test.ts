import { afterAll, describe, expect, it } from 'vitest';
import { makeCandidate } from '../../../../electron/core/interop/import-candidate.ts';
import { applyPlan } from '../../../../electron/core/interop/import-plan.ts';
import { VaultService } from '../../../../electron/core/vault/index.ts';
import { FAST_KDF, tempVault } from '../../../support/vault-helpers.ts';

const t = tempVault();
afterAll(() => t.cleanup());

describe('the trash and imports', () => {
  it('an imported entry whose id is in the trash gets a new id; the trashed one stays as it was', async () => {
    const vault = new VaultService(t.path);
    const session = await vault.create('trash import 10', FAST_KDF);
    const trashed = session.add({ account: 'ann@example.com', label: 'Old', secret: 'old-secret-1' });
    session.remove(trashed.id);
    const at = '2026-11-01T10:00:00.000Z';
    const candidate = makeCandidate('entry 1', { account: 'ann@example.com', label: 'Imported', secret: 'new-secret-1' }, { id: trashed.id, created: at, updated: at, lastCopied: null, revoked: null });
    const result = await applyPlan(session, { adds: [candidate], duplicates: [], skipped: [] });
    expect(result.ids[0]).not.toBe(trashed.id);
    expect(session.get(result.ids[0] ?? '').secret).toBe('new-secret-1');
    expect(session.trashed().map((e) => e.id)).toEqual([trashed.id]);
    expect(session.get(trashed.id).secret).toBe('old-secret-1');
  });
});
