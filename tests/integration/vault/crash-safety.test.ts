import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveKey, KDF_FLOOR } from '../../../electron/core/kdf/index.ts';
import { openVault, openVaultWithKey } from '../../../electron/core/vault/index.ts';
import { wrapVaultKey } from '../../../electron/core/vault/crypto/key-wrap.ts';
import { encodeVault } from '../../../electron/core/vault/encode-vault.ts';
import { headerToJson, type VaultHeader } from '../../../electron/core/vault/format/header.ts';
import { atomicCreate } from '../../../electron/core/vault/storage/atomic-write.ts';
import { tempVault } from '../../support/vault-helpers.ts';
import { crashBody } from './crash-body.ts';

const KILLS_PER_LANE = Number(process.env['CRASH_KILLS'] ?? 50);
const LANES = 4;
const KEY = Buffer.alloc(32, 0x42);
const PASSWORD = 'crash-test-password';
const outDir = fileURLToPath(new URL('../../../node_modules/.cache/apppass-vault-crash/', import.meta.url));
const childJs = `${outDir}crash-child.mjs`;
const temps: Array<{ path: string; cleanup: () => void }> = [];

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  // One small bundle of the save path, so each child starts fast (no TypeScript transform, no zod).
  await build({
    entryPoints: [fileURLToPath(new URL('./crash-child.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: childJs,
    minify: true,
    logLevel: 'silent',
  });
});
afterAll(() => temps.forEach((t) => t.cleanup()));

interface Child {
  loaded: Promise<void>;
  /** Sends "go N", lets it save for 0–150 ms (a save takes ~10–80 ms here), SIGKILLs it; resolves to the counts it reported. */
  runAndKill(count: number): Promise<{ ready: number; lastSaved: number }>;
  kill(): void;
}

/** Spawns a child that loads and then waits for "go" (so loading overlaps the previous child's run). */
function spawnChild(path: string, stateFile: string): Child {
  const child = spawn(process.execPath, [childJs, path, stateFile], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let ready = -1;
  let lastSaved = -1;
  let onLoaded!: () => void;
  const loaded = new Promise<void>((r) => (onLoaded = r));
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    out += chunk;
    const lines = out.split('\n');
    out = lines.pop() ?? '';
    for (const line of lines) {
      const [word, n] = line.split(' ');
      if (word === 'loaded') onLoaded();
      else if (word === 'ready' && ready === -1) {
        ready = Number(n);
        lastSaved = ready;
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 150);
      } else if (word === 'saved') lastSaved = Number(n);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, signal) => r(signal)));
  return {
    loaded,
    kill: () => child.kill('SIGKILL'),
    async runAndKill(count) {
      child.stdin.write(`go ${count}\n`);
      const signal = await exited;
      if (signal !== 'SIGKILL' || ready === -1) throw new Error(`child ended without being killed (${signal ?? 'no signal'}): ${err}`);
      return { ready, lastSaved };
    },
  };
}

/** A vault with a password wrap and a keychain wrap (so checks need no KDF), and the state file for the child. */
async function makeVault(path: string): Promise<string> {
  const vaultKey = randomBytes(32);
  const vaultId = randomUUID();
  const salt = randomBytes(16);
  const kek = await deriveKey(PASSWORD, salt, KDF_FLOOR);
  const header: VaultHeader = {
    vaultId,
    created: '2026-01-01T00:00:00.000Z',
    cipher: 'aes-256-gcm',
    kdf: { algorithm: 'argon2id', ...KDF_FLOOR, salt },
    wraps: [wrapVaultKey(vaultId, 'password', kek, vaultKey), wrapVaultKey(vaultId, 'keychain', KEY, vaultKey)],
    bodyNonce: Buffer.alloc(12),
  };
  await atomicCreate(path, encodeVault(header, vaultKey, crashBody(0)).bytes);
  const stateFile = `${path}.crash-state.json`;
  writeFileSync(stateFile, JSON.stringify({ header: headerToJson(header), keyHex: vaultKey.toString('hex') }));
  return stateFile;
}

async function lane(): Promise<{ kills: number; saves: number }> {
  const t = tempVault();
  temps.push(t);
  const stateFile = await makeVault(t.path);
  let count = 0;
  let saves = 0;
  let next = spawnChild(t.path, stateFile);
  for (let kill = 0; kill < KILLS_PER_LANE; kill++) {
    const current = next;
    await current.loaded;
    next = spawnChild(t.path, stateFile);
    const { ready, lastSaved } = await current.runAndKill(count);
    expect(ready).toBe(count);
    // The vault always opens and holds the last reported save, or the one in flight when killed.
    const after = await openVaultWithKey(t.path, 'keychain', KEY);
    const entries = after.list();
    after.lock();
    expect([lastSaved, lastSaved + 1]).toContain(entries.length);
    expect(entries.map((e) => e.id)).toEqual(Array.from({ length: entries.length }, (_, i) => `crash-${i}`));
    saves += entries.length - count;
    count = entries.length;
  }
  next.kill();
  // The master password still opens it, and the backup is a good previous version.
  const final = await openVault(t.path, PASSWORD);
  expect(final.list().length).toBe(count);
  final.lock();
  const backup = await openVaultWithKey(`${t.path}.bak`, 'keychain', KEY);
  expect(backup.list().length).toBeLessThanOrEqual(count); // equal when killed between the backup and the rename
  backup.lock();
  return { kills: KILLS_PER_LANE, saves };
}

describe('crash safety', () => {
  it(`survives ${KILLS_PER_LANE * LANES} SIGKILLs of a child saving in a loop`, { timeout: 300_000 }, async () => {
    const results = await Promise.all(Array.from({ length: LANES }, () => lane()));
    const kills = results.reduce((n, r) => n + r.kills, 0);
    expect(kills).toBeGreaterThanOrEqual(200);
    // Kills landed at many points: before, during and between saves, and saves did complete.
    expect(results.reduce((n, r) => n + r.saves, 0)).toBeGreaterThan(kills / 4);
  });
});
