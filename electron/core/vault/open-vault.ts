import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppError } from '../errors/index.ts';
import { calibrateKdf, checkKdfParams, deriveKey, type KdfParams } from '../kdf/index.ts';
import { unwrapVaultKey, wrapVaultKey } from './crypto/key-wrap.ts';
import { digestOf, parseContainer, type Container } from './format/container.ts';
import type { VaultHeader } from './format/header.ts';
import { settingsSchema } from '../../contract/calls/vault.ts';
import { atomicCreate } from './storage/atomic-write.ts';
import { fileError } from './storage/file-errors.ts';
import { readRegularFile } from './storage/read-regular-file.ts';
import { VAULT_FILE_MAX } from './storage/vault-files.ts';
import { decodeBody } from './decode-body.ts';
import { encodeVault } from './encode-vault.ts';
import { VaultSession, type Clock } from './vault-session.ts';
import type { LocalDevice } from '../sync/local-changes.ts';
import { wrongPasswordFor } from './kdf-vs-backup.ts';

export interface CreateVaultOptions {
  /** Argon2id parameters, or 'calibrate' (the default) to aim at ~0.5 s on this machine. */
  kdf?: KdfParams | 'calibrate';
  now?: Clock;
  /** This computer for vault format 3 (default: APPPASS_DEVICE_ID or the app-data device file). */
  device?: LocalDevice;
}

export interface OpenVaultOptions {
  now?: Clock;
  /** This computer for vault format 3 (default: APPPASS_DEVICE_ID or the app-data device file). */
  device?: LocalDevice;
}

const systemClock: Clock = () => new Date();

/**
 * Reads and checks the file (no key needed): NOT_FOUND, VAULT_CORRUPT, UNSUPPORTED_VERSION,
 * KDF_PARAMS_OUT_OF_RANGE; IO_ERROR for a folder, FIFO or device (refused before reading) or an
 * unreadable file. Reads at most VAULT_FILE_MAX bytes.
 */
export async function readContainer(path: string): Promise<Container> {
  const bytes = await readRegularFile(path, {
    maxBytes: VAULT_FILE_MAX,
    action: 'read the vault at',
    notFound: () => new AppError('NOT_FOUND', `There is no vault at ${path}.`, { details: { path, subject: 'vault' } }),
    tooLarge: (size) => new AppError('VAULT_CORRUPT', `${path} has ${size} bytes, more than any vault can hold; it is not an AppPass vault.`, { details: { path } }),
  });
  const container = parseContainer(bytes);
  checkKdfParams(container.header.kdf);
  return container;
}

/** Makes a new vault file (refusing to overwrite one) and returns it unlocked. */
export async function createVault(path: string, password: string, options: CreateVaultOptions = {}): Promise<VaultSession> {
  if (password === '') throw new AppError('USAGE', 'The master password must not be empty.');
  const now = options.now ?? systemClock;
  const params = checkKdfParams(options.kdf === undefined || options.kdf === 'calibrate' ? await calibrateKdf() : options.kdf);
  const vaultId = randomUUID();
  const salt = randomBytes(16);
  const vaultKey = randomBytes(32);
  const kek = await deriveKey(password, salt, params);
  const wrap = wrapVaultKey(vaultId, 'password', kek, vaultKey);
  kek.fill(0);
  const at = now().toISOString();
  const header: VaultHeader = {
    vaultId,
    created: at,
    cipher: 'aes-256-gcm',
    kdf: { algorithm: 'argon2id', ...params, salt },
    wraps: [wrap],
    bodyNonce: Buffer.alloc(12),
  };
  const body = { entries: [], settings: settingsSchema.parse({}), activity: [], meta: { masterPasswordLastUsedAt: at } };
  const encoded = encodeVault(header, vaultKey, body);
  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    await atomicCreate(path, encoded.bytes);
  } catch (error) {
    vaultKey.fill(0);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new AppError('VAULT_EXISTS', `A vault already exists at ${path}; it was left alone.`, {
        details: { path },
      });
    }
    throw fileError(error, 'create the vault at', path);
  }
  return new VaultSession({ path, header: encoded.header, vaultKey, body, digest: digestOf(encoded.bytes), now, ...(options.device === undefined ? {} : { device: options.device }) });
}

function unlockWith(path: string, container: Container, vaultKey: Buffer, now: Clock, device?: LocalDevice): VaultSession {
  try {
    const body = decodeBody(container, vaultKey);
    return new VaultSession({ path, header: container.header, vaultKey, body, digest: container.digest, now, ...(device === undefined ? {} : { device }) });
  } catch (error) {
    vaultKey.fill(0);
    throw error;
  }
}

/**
 * Opens the vault with the master password. Damage is reported before the KDF runs; a key that does
 * not unwrap is WRONG_PASSWORD; a body that fails authentication under the right key is VAULT_TAMPERED.
 * Records the time in `masterPasswordLastUsedAt` (in memory; written by the next save).
 */
export async function openVault(path: string, password: string, options: OpenVaultOptions = {}): Promise<VaultSession> {
  const now = options.now ?? systemClock;
  const container = await readContainer(path);
  const { header } = container;
  const wrap = header.wraps.find((w) => w.kind === 'password');
  if (wrap === undefined) throw new AppError('VAULT_CORRUPT', 'The vault has no password wrap.');
  const kek = await deriveKey(password, header.kdf.salt, header.kdf);
  const vaultKey = unwrapVaultKey(header.vaultId, wrap, kek);
  kek.fill(0);
  if (vaultKey === null) throw await wrongPasswordFor(path, header.kdf); // L9: says so when the KDF differs from PATH.bak's
  const session = unlockWith(path, container, vaultKey, now, options.device);
  session.touchMasterPassword();
  return session;
}

/** A wrap kind, or the kinds to try in order given the header's kinds (e.g. this computer's keychain wrap, then the legacy one). */
export type WrapChoice = string | ((kinds: readonly string[]) => readonly string[]);

/**
 * Opens the vault with another wrap of the vault key (e.g. a keychain wrap): no KDF runs. NOT_FOUND
 * when the header has no wrap of the kind(s) chosen; KEYCHAIN_MISMATCH when the key unwraps none.
 */
export async function openVaultWithKey(path: string, wrapKind: WrapChoice, wrappingKey: Buffer, options: OpenVaultOptions = {}): Promise<VaultSession> {
  const now = options.now ?? systemClock;
  const container = await readContainer(path);
  const present = container.header.wraps.map((w) => w.kind);
  const kinds = (typeof wrapKind === 'string' ? [wrapKind] : wrapKind(present)).filter((k) => present.includes(k));
  const named = typeof wrapKind === 'string' ? wrapKind : 'keychain';
  if (kinds.length === 0) throw new AppError('NOT_FOUND', `The vault has no "${named}" key. Unlock it with the master password.`, { details: { kind: named } });
  let vaultKey: Buffer | null = null;
  for (const kind of kinds) {
    const wrap = container.header.wraps.find((w) => w.kind === kind);
    vaultKey = wrap === undefined ? null : unwrapVaultKey(container.header.vaultId, wrap, wrappingKey);
    if (vaultKey !== null) break;
  }
  if (vaultKey === null) {
    throw new AppError(
      named === 'password' ? 'WRONG_PASSWORD' : 'KEYCHAIN_MISMATCH',
      `The stored "${named}" key does not open this vault. Unlock it with the master password.`,
    );
  }
  return unlockWith(path, container, vaultKey, now, options.device);
}
