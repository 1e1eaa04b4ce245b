import { describe, expect, it } from 'vitest';
import { bounded, boundedStore, decodeDeviceKey, encodeDeviceKey, newDeviceKey, unavailableReasonOf, type KeychainStore } from '../../../../electron/core/keychain/index.ts';
import { entryOptionsFor, backendFor } from '../../../../electron/core/keychain/index.ts';
import { toErrorPayload } from '../../../../electron/core/errors/index.ts';

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

describe('bounded keychain calls', () => {
  it('a call that never answers becomes KEYCHAIN_UNAVAILABLE (timeout) and its signal is aborted', async () => {
    let seen: AbortSignal | undefined;
    const error = await bounded((signal) => {
      seen = signal;
      return never<string>();
    }, 20).catch((e: unknown) => e);
    expect(toErrorPayload(error)).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE', details: { reason: 'timeout' } });
    expect(seen?.aborted).toBe(true);
  });

  it('library errors become KEYCHAIN_UNAVAILABLE with a reason and without the library text', async () => {
    const cases: [string, string][] = [
      ["Couldn't access platform storage: Secret Service: unlock prompt was dismissed", 'locked'],
      ['Platform failure: DBus error: Failed to connect to socket /run/user/0/bus: No such file or directory', 'no-service'],
      ['Platform failure: DBus error: The name org.freedesktop.secrets was not provided by any .service files', 'no-service'],
      ['something else entirely', 'error'],
    ];
    for (const [text, reason] of cases) {
      const payload = toErrorPayload(await bounded(() => Promise.reject(new Error(text)), 1000).catch((e: unknown) => e));
      expect(payload).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE', details: { reason } });
      expect(payload.message).not.toContain(text);
    }
    expect(unavailableReasonOf('x')).toBe('error');
  });

  it('a synchronous throw (the entry constructor finding no store) is typed too', async () => {
    const store: KeychainStore = {
      backend: 'test',
      get: () => {
        throw new Error('Platform failure: DBus error: Failed to connect to socket');
      },
      set: () => never(),
      delete: () => never(),
    };
    await expect(boundedStore(store, 1000).get('id')).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE', details: { reason: 'no-service' } });
    await expect(boundedStore(store, 10).set('id', 'k')).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE', details: { reason: 'timeout' } });
  });

  it('passes answers through', async () => {
    await expect(bounded(async () => 'value', 1000)).resolves.toBe('value');
  });
});

describe('device key and store options', () => {
  it('device keys are 32 random bytes that round-trip through base64; anything else is refused', () => {
    const key = newDeviceKey();
    expect(key).toHaveLength(32);
    expect(newDeviceKey().equals(key)).toBe(false);
    expect(decodeDeviceKey(encodeDeviceKey(key))?.equals(key)).toBe(true);
    expect(decodeDeviceKey('')).toBeNull();
    expect(decodeDeviceKey(Buffer.alloc(16).toString('base64'))).toBeNull();
    expect(decodeDeviceKey(`${encodeDeviceKey(key)}\n`)).toBeNull();
    expect(decodeDeviceKey('not base64 at all, but 44 characters long!!!')).toBeNull();
  });

  it('Linux pins the Secret Service store (no silent fallback to the kernel keyring); macOS and Windows use the default', () => {
    expect(entryOptionsFor('linux')).toEqual({ linux: { store: 'secret-service' } });
    expect(entryOptionsFor('freebsd')).toEqual({ linux: { store: 'secret-service' } });
    expect(entryOptionsFor('darwin')).toBeUndefined();
    expect(entryOptionsFor('win32')).toBeUndefined();
    expect([backendFor('linux'), backendFor('darwin'), backendFor('win32')]).toEqual(['secret-service', 'macos-keychain', 'windows-credential-manager']);
  });
});
