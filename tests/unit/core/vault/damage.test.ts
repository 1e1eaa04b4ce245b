import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../../../electron/core/errors/index.ts';
import { createVault, FORMAT_VERSION, openVault, openVaultWithKey, readVaultInfo } from '../../../../electron/core/vault/index.ts';
import { seal } from '../../../../electron/core/vault/crypto/aes-gcm.ts';
import { unwrapVaultKey } from '../../../../electron/core/vault/crypto/key-wrap.ts';
import { assemble, parseContainer } from '../../../../electron/core/vault/format/container.ts';
import { deflateRawSync } from 'node:zlib';
import { FAST_KDF, rewriteHeader, tempVault, withDigest } from '../../../support/vault-helpers.ts';

const PASSWORD = 'pw-for-damage-tests';
const KEY = Buffer.alloc(32, 0x5a);
const t = tempVault();
let original: Buffer;
let entryIds: string[];

async function outcome(open: () => Promise<{ list(): unknown[]; lock(): void }>): Promise<string> {
  try {
    const s = await open();
    const n = s.list().length;
    s.lock();
    return `OPENED:${n}`;
  } catch (error) {
    return isAppError(error) ? error.code : `UNTYPED:${String(error)}`;
  }
}

beforeAll(async () => {
  const s = await createVault(t.path, PASSWORD, { kdf: FAST_KDF });
  entryIds = [s.add({ account: 'a@example.com', label: 'Mail', secret: 'damage-secret-1' }).id, s.add({ account: 'b@example.com', secret: 'damage-secret-2' }).id];
  await s.addKeyWrap('keychain', KEY);
  s.lock();
  original = readFileSync(t.path);
});
afterAll(() => t.cleanup());

describe('damaged files', () => {
  it('the untouched file opens (baseline)', async () => {
    expect(await outcome(() => openVault(t.path, PASSWORD))).toBe('OPENED:2');
  });

  it('flipping any single byte gives a typed error before the KDF and never opens', async () => {
    const seen = new Map<string, number>();
    for (let i = 0; i < original.length; i++) {
      const bytes = Buffer.from(original);
      bytes[i] = (bytes[i] as number) ^ 0xff;
      writeFileSync(t.path, bytes);
      const code = await outcome(() => openVault(t.path, PASSWORD));
      seen.set(code, (seen.get(code) ?? 0) + 1);
      expect(['VAULT_CORRUPT', 'UNSUPPORTED_VERSION'], `byte ${i}`).toContain(code);
    }
    expect(seen.get('VAULT_CORRUPT')).toBeGreaterThan(original.length - 3);
  });

  it('flipping any byte AND fixing the checksum (deliberate tampering) never opens with altered data', async () => {
    const allowed = ['VAULT_CORRUPT', 'UNSUPPORTED_VERSION', 'VAULT_TAMPERED', 'KEYCHAIN_MISMATCH', 'NOT_FOUND', 'KDF_PARAMS_OUT_OF_RANGE'];
    const seen = new Set<string>();
    for (let i = 0; i < original.length - 32; i++) {
      const bytes = Buffer.from(original);
      bytes[i] = (bytes[i] as number) ^ 0x01;
      writeFileSync(t.path, withDigest(bytes));
      const code = await outcome(() => openVaultWithKey(t.path, 'keychain', KEY));
      seen.add(code);
      expect(allowed, `byte ${i}`).toContain(code);
    }
    expect(seen.has('VAULT_TAMPERED')).toBe(true);
  });

  it('truncating at every length gives VAULT_CORRUPT', async () => {
    for (let len = 0; len < original.length; len++) {
      writeFileSync(t.path, original.subarray(0, len));
      expect(await outcome(() => openVault(t.path, PASSWORD)), `length ${len}`).toBe('VAULT_CORRUPT');
    }
  });

  it('appending bytes gives VAULT_CORRUPT', async () => {
    writeFileSync(t.path, Buffer.concat([original, Buffer.from([0])]));
    expect(await outcome(() => openVault(t.path, PASSWORD))).toBe('VAULT_CORRUPT');
  });

  it('a foreign file is VAULT_CORRUPT; a newer format is UNSUPPORTED_VERSION', async () => {
    writeFileSync(t.path, Buffer.from('{"not":"a vault"}\n'));
    expect(await outcome(() => openVault(t.path, PASSWORD))).toBe('VAULT_CORRUPT');
    const newer = Buffer.from(original);
    newer.writeUInt16BE(FORMAT_VERSION + 1, 8);
    writeFileSync(t.path, withDigest(newer));
    expect(await outcome(() => openVault(t.path, PASSWORD))).toBe('UNSUPPORTED_VERSION');
    await expect(readVaultInfo(t.path)).rejects.toMatchObject({ code: 'UNSUPPORTED_VERSION' });
  });

  it('lowering the KDF memory below the floor is refused (KDF_PARAMS_OUT_OF_RANGE), also by info', async () => {
    writeFileSync(t.path, rewriteHeader(original, (h) => ((h['kdf'] as Record<string, unknown>)['memoryKiB'] = 8192)));
    expect(await outcome(() => openVault(t.path, PASSWORD))).toBe('KDF_PARAMS_OUT_OF_RANGE');
    await expect(readVaultInfo(t.path)).rejects.toMatchObject({ code: 'KDF_PARAMS_OUT_OF_RANGE' });
  });

  it('a huge memory request is refused before any memory is taken', async () => {
    writeFileSync(t.path, rewriteHeader(original, (h) => ((h['kdf'] as Record<string, unknown>)['memoryKiB'] = 64 * 1024 * 1024)));
    expect(await outcome(() => openVault(t.path, PASSWORD))).toBe('KDF_PARAMS_OUT_OF_RANGE');
  });

  it('changing KDF parameters within range (checksum fixed) does not open: WRONG_PASSWORD', async () => {
    writeFileSync(t.path, rewriteHeader(original, (h) => ((h['kdf'] as Record<string, unknown>)['iterations'] = 3)));
    expect(await outcome(() => openVault(t.path, PASSWORD))).toBe('WRONG_PASSWORD');
  });

  it('a header change the key does not cover (created time) is caught by the body tag: VAULT_TAMPERED', async () => {
    writeFileSync(t.path, rewriteHeader(original, (h) => (h['created'] = '2000-01-01T00:00:00.000Z')));
    expect(await outcome(() => openVault(t.path, PASSWORD))).toBe('VAULT_TAMPERED');
  });

  /** The vault re-sealed (as someone holding the key could) with `plaintext` as its body and `version` in its prefix. */
  function resealed(plaintext: Buffer, version = FORMAT_VERSION): Buffer {
    const { header, aad } = parseContainer(original);
    const vaultKey = unwrapVaultKey(header.vaultId, header.wraps.find((w) => w.kind === 'keychain')!, KEY)!;
    const prefix = Buffer.from(aad);
    prefix.writeUInt16BE(version, 8);
    return assemble(prefix, [seal(vaultKey, header.bodyNonce, plaintext, prefix)]);
  }

  it('a version-2 body that authenticates but is not DEFLATE, or inflates to something else than the model, is VAULT_CORRUPT', async () => {
    const valid = JSON.stringify({ entries: [], activity: [], meta: { masterPasswordLastUsedAt: '2026-11-24T10:00:00.000Z' } });
    writeFileSync(t.path, resealed(deflateRawSync(Buffer.from(valid))));
    expect(await outcome(() => openVaultWithKey(t.path, 'keychain', KEY))).toBe('OPENED:0'); // the re-sealing itself is sound
    writeFileSync(t.path, resealed(Buffer.from(valid))); // JSON, not compressed
    expect(await outcome(() => openVaultWithKey(t.path, 'keychain', KEY))).toBe('VAULT_CORRUPT');
    writeFileSync(t.path, resealed(deflateRawSync(Buffer.from(valid)).subarray(0, 20))); // cut short
    expect(await outcome(() => openVaultWithKey(t.path, 'keychain', KEY))).toBe('VAULT_CORRUPT');
    writeFileSync(t.path, resealed(deflateRawSync(Buffer.from('{"entries":"no"}'))));
    expect(await outcome(() => openVaultWithKey(t.path, 'keychain', KEY))).toBe('VAULT_CORRUPT');
  });

  it('a version-1 body (plain JSON) still opens, and relabelling a version-2 file as version 1 does not', async () => {
    const valid = JSON.stringify({ entries: [], activity: [], meta: { masterPasswordLastUsedAt: '2026-11-24T10:00:00.000Z' } });
    writeFileSync(t.path, resealed(Buffer.from(valid), 1));
    expect(await outcome(() => openVaultWithKey(t.path, 'keychain', KEY))).toBe('OPENED:0');
    const relabelled = Buffer.from(original);
    relabelled.writeUInt16BE(1, 8);
    writeFileSync(t.path, withDigest(relabelled));
    expect(await outcome(() => openVaultWithKey(t.path, 'keychain', KEY))).toBe('VAULT_TAMPERED');
  });

  it('swapping the wraps of two kinds does not open', async () => {
    writeFileSync(
      t.path,
      rewriteHeader(original, (h) => {
        const wraps = h['wraps'] as Array<Record<string, unknown>>;
        const [a, b] = [wraps[0] as Record<string, unknown>, wraps[1] as Record<string, unknown>];
        [a['kind'], b['kind']] = [b['kind'], a['kind']];
      }),
    );
    expect(await outcome(() => openVaultWithKey(t.path, 'keychain', KEY))).toBe('KEYCHAIN_MISMATCH');
    expect(entryIds).toHaveLength(2);
  });
});
