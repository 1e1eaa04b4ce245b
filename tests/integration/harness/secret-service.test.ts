import { AsyncEntry } from '@napi-rs/keyring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingTools } from '../../support/require-tool.ts';
import { SECRET_SERVICE_TOOLS, startSecretService, useBus, type SecretService } from '../../support/secret-service.ts';

// Proves the harness gives tests a real, isolated Secret Service that @napi-rs/keyring can use.
const missing = missingTools(SECRET_SERVICE_TOOLS);

describe.skipIf(missing)('Secret Service harness (gnome-keyring on a private bus)', () => {
  let service: SecretService;
  let restoreEnv: () => void;

  beforeAll(async () => {
    service = await startSecretService();
    restoreEnv = useBus(service);
  });
  afterAll(async () => {
    restoreEnv?.();
    await service?.stop();
  });

  const entry = () => new AsyncEntry('AppPass-harness-test', 'probe', { linux: { store: 'secret-service' } });

  it('stores, reads and deletes a secret through the real daemon', async () => {
    await entry().setPassword('harness-value');
    expect(await entry().getPassword()).toBe('harness-value');
    await entry().deletePassword();
    expect(await entry().getPassword()).toBeFalsy();
  });

  it('a locked collection makes reads fail instead of hanging', async () => {
    await entry().setPassword('locked-value');
    await service.lockCollection();
    await expect(entry().getPassword()).rejects.toThrow();
  });
});
