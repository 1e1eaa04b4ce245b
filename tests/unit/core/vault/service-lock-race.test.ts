import { afterEach, describe, expect, it } from 'vitest';
import { VaultService } from '../../../../electron/core/vault/index.ts';
import { FAST_KDF, tempVault } from '../../../support/vault-helpers.ts';

const PASSWORD = 'correct horse battery staple 42';

describe('VaultService: locking while a save is in flight', () => {
  let t: ReturnType<typeof tempVault>;
  afterEach(() => t?.cleanup());

  it('the next unlock waits for the locked session’s save instead of failing with EXTERNAL_CHANGE', async () => {
    t = tempVault();
    const service = new VaultService(t.path);
    await service.create(PASSWORD, FAST_KDF);
    const entry = await service.mutate((s) => s.add({ provider: 'gmail', account: 'a@gmail.com', label: 'Phone', secret: 'abcdefghijklmnop' }));

    for (let round = 0; round < 10; round++) {
      // What a copy does: mark copied and save — then the user locks at once, before the save lands.
      const copying = service.mutate((s) => s.markCopied(entry.id)).catch((error: unknown) => error);
      // Let the save get into its file I/O (round 0: not at all) before the lock.
      for (let i = 0; i < round; i++) await new Promise((resolve) => setImmediate(resolve));
      service.lock();
      const session = await service.unlock(PASSWORD);
      expect(session.get(entry.id).secret).toBe('abcdefghijklmnop');
      const copyOutcome = await copying;
      // The copy's save either landed before the lock or was refused as LOCKED; never EXTERNAL_CHANGE.
      if (copyOutcome instanceof Error) expect(copyOutcome).toMatchObject({ code: 'LOCKED' });
      await service.mutate((s) => s.updateSettings({ clipboardClearSeconds: 30 + round }));
    }
    service.lock();
    const reopened = await service.unlock(PASSWORD);
    expect(reopened.settings().clipboardClearSeconds).toBe(39);
  });
});
