import { AsyncLocalStorage } from 'node:async_hooks';
import { gunzipSync } from 'node:zlib';
import { hashRaw } from '@node-rs/argon2';
import type kdbxwebNs from 'kdbxweb';
import { checkKdfCost, deriveKey, KDF_LIMITS } from '../kdf/index.ts';
import { loadModule } from '../platform/load-module.ts';
import { importInvalid, importTooLarge } from './import-errors.ts';
import { IMPORT_LIMITS, type ImportLimits } from './limits.ts';

/**
 * kdbxweb, set up once for AppPass:
 * - Argon2 comes from @node-rs/argon2: Argon2id within the vault's limits goes through
 *   electron/core/kdf (deriveKey); Argon2d and weaker-than-our-floor parameters (which KeePass files
 *   may use) are computed directly. Either way memory, iterations and parallelism above our ceilings
 *   are refused BEFORE any memory is taken (IMPORT_TOO_LARGE).
 * - AES-KDF (KDBX 3.1) rounds above IMPORT_LIMITS.aesKdfRounds are refused (a CPU bomb otherwise).
 * - The decrypted payload's gzip stream is measured with a capped inflate before kdbxweb inflates
 *   it (a gzip bomb otherwise).
 * Limits for one load are taken from `withKdbxLimits`.
 */
const limitsStore = new AsyncLocalStorage<ImportLimits>();

function limits(): ImportLimits {
  return limitsStore.getStore() ?? IMPORT_LIMITS;
}

/** Runs `work` with these limits applied to every kdbxweb hook it triggers. */
export function withKdbxLimits<T>(value: ImportLimits, work: () => Promise<T>): Promise<T> {
  return limitsStore.run(value, work);
}

const ARGON2D = 0;
const ARGON2ID = 2;
const VERSION_10 = 0;
const VERSION_13 = 1;

async function argon2Raw(
  password: ArrayBuffer,
  salt: ArrayBuffer,
  memoryKiB: number,
  iterations: number,
  length: number,
  parallelism: number,
  type: number,
  version: number,
): Promise<Uint8Array> {
  for (const [name, value] of [
    ['memoryKiB', memoryKiB],
    ['iterations', iterations],
    ['parallelism', parallelism],
  ] as const) {
    const max = KDF_LIMITS[name].max;
    if (!Number.isSafeInteger(value) || value > max) throw importTooLarge(`the file asks for key-derivation ${name} ${String(value)}`, max);
  }
  if (length !== 32) throw importInvalid('unsupported Argon2 output length');
  const pw = new Uint8Array(password);
  const saltBytes = new Uint8Array(salt);
  const params = { memoryKiB, iterations, parallelism };
  const withinVaultLimits = memoryKiB >= KDF_LIMITS.memoryKiB.min && iterations >= KDF_LIMITS.iterations.min && parallelism >= KDF_LIMITS.parallelism.min;
  if (type === ARGON2ID && version === 0x13 && withinVaultLimits && saltBytes.length >= 8) {
    return deriveKey(pw, saltBytes, params);
  }
  await checkKdfCost(params); // L2: Argon2d and below-floor files are bounded by this machine's budget too
  return hashRaw(pw, {
    algorithm: type === ARGON2D ? ARGON2D : ARGON2ID,
    version: version === 0x10 ? VERSION_10 : VERSION_13,
    memoryCost: memoryKiB,
    timeCost: iterations,
    parallelism,
    outputLen: 32,
    salt: saltBytes,
  });
}

/** kdbxweb wants an ArrayBuffer back. */
async function argon2(...args: Parameters<typeof argon2Raw>): Promise<ArrayBuffer> {
  const out = await argon2Raw(...args);
  const copy = out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
  out.fill(0);
  return copy;
}

function inflatedSize(gzip: Uint8Array): void {
  const max = limits().inflatedBytes;
  try {
    gunzipSync(gzip, { maxOutputLength: max });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw importTooLarge('the database inflates to more than the limit', max);
    }
    throw importInvalid('its compressed data is damaged');
  }
}

interface FormatInternals {
  kdbx: { header: { versionMajor: number; compression: number | undefined; streamStartBytes: ArrayBuffer | undefined } };
}
type DecryptData = (this: FormatInternals, data: ArrayBuffer, key: ArrayBuffer) => Promise<ArrayBuffer>;
type AesKdf = (credentials: Uint8Array, key: Uint8Array | ArrayBuffer, rounds: number) => Promise<Uint8Array>;

const GZIP = 1;
type Kdbxweb = typeof kdbxwebNs;
let loaded: Promise<Kdbxweb> | null = null;

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * Loads kdbxweb (on first use only: it stays out of the CLI's start-up) and installs the hooks once.
 * Call before any kdbxweb load or save.
 */
export function setUpKdbxweb(): Promise<Kdbxweb> {
  // Each bundle hands the CommonJS package over in its own shape: loadModule takes any of them.
  loaded ??= loadModule<Kdbxweb>('kdbxweb', 'Kdbx', () => import('kdbxweb')).then(install);
  return loaded;
}

function install(kdbxweb: Kdbxweb): Kdbxweb {
  kdbxweb.CryptoEngine.setArgon2Impl(argon2);

  const aes = kdbxweb.KeyEncryptorAes as unknown as { encrypt: AesKdf };
  const aesEncrypt = aes.encrypt;
  aes.encrypt = (credentials, key, rounds) => {
    const max = limits().aesKdfRounds;
    if (!Number.isSafeInteger(rounds) || rounds > max) return Promise.reject(importTooLarge(`the file asks for ${String(rounds)} AES-KDF rounds`, max));
    return aesEncrypt(credentials, key, rounds);
  };

  const proto = kdbxweb.KdbxFormat.prototype as unknown as { decryptData: DecryptData; decryptXmlV3?: unknown };
  const decryptData = proto.decryptData;
  proto.decryptData = async function guardedDecrypt(this: FormatInternals, data: ArrayBuffer, key: ArrayBuffer): Promise<ArrayBuffer> {
    const plain = await decryptData.call(this, data, key);
    const { header } = this.kdbx;
    if (header.compression !== GZIP) return plain;
    if (header.versionMajor >= 4) {
      inflatedSize(new Uint8Array(plain));
      return plain;
    }
    // KDBX 3.1: 32 stream-start bytes, then hashed blocks holding the gzip stream. A wrong key
    // leaves the start bytes wrong; kdbxweb reports that itself.
    const start = header.streamStartBytes === undefined ? null : new Uint8Array(header.streamStartBytes);
    if (start === null || plain.byteLength < start.length || !equalBytes(new Uint8Array(plain, 0, start.length), start)) return plain;
    const blocks = await kdbxweb.HashedBlockTransform.decrypt(plain.slice(start.length));
    inflatedSize(new Uint8Array(blocks));
    return plain;
  };
  return kdbxweb;
}
