import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeFuseWire } from '../../support/fake-fuse-wire.ts';

// Packages AppPass to a `dir` target with electron-builder and the real config, against a stand-in
// Electron folder (an executable named `electron` + resources/ + locales/): this checks the
// packaging configuration, not a runnable app (Electron cannot be downloaded here).
const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as {
  listPackage(archive: string): string[];
  statFile(archive: string, file: string): { unpacked?: boolean };
  extractFile(archive: string, file: string): Buffer;
};

const { FUSES } = require('../../../build/fuses.cjs') as { FUSES: Record<string, boolean> };

const root = new URL('../../../', import.meta.url).pathname;
const bundles = ['dist/main/main.cjs', 'dist/preload/preload.cjs', 'dist/renderer/index.html'];
let work: string;
let appDir: string;
let archive: string;
let log = '';

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(cmd, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) {
    const strip = (text: string) => text.split('\n').filter((line) => !line.includes('Unknown user config') && !line.includes('Unknown env config')).join('\n');
    throw new Error(
      `${cmd} ${args.join(' ')} exited ${result.status ?? `by signal ${result.signal}`}${result.error ? ` (${result.error.message})` : ''}:\n` +
        `--- stdout (tail)\n${strip(result.stdout ?? '').slice(-3000)}\n--- stderr (tail)\n${strip(result.stderr ?? '').slice(-3000)}`,
    );
  }
  return output;
}

beforeAll(() => {
  if (!bundles.every((b) => existsSync(join(root, b)))) {
    run('node', ['build/bundle.mjs']);
    run('npx', ['vite', 'build', '--config', 'build/vite.renderer.config.ts']);
  }
  work = mkdtempSync(join(tmpdir(), 'apppass-pack-'));
  const standin = join(work, 'electron-standin');
  mkdirSync(join(standin, 'resources'), { recursive: true });
  mkdirSync(join(standin, 'locales'), { recursive: true });
  // The stand-in carries Electron's fuse sentinel and a fuse wire in Electron's default state after
  // its script (never reached), so the afterPack hook flips and verifies fuses as in a real
  // packaging (L14): APPPASS_STANDIN_ELECTRON is not set, as in a release job.
  writeFileSync(join(standin, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\necho "stand-in Electron: not runnable"\nexit 1\n'), fakeFuseWire(), Buffer.from('\n')]));
  chmodSync(join(standin, 'electron'), 0o755);
  writeFileSync(join(standin, 'locales', 'en-US.pak'), '');
  log = run(
    'npx',
    [
      'electron-builder',
      '--config',
      'build/electron-builder.config.cjs',
      '--linux',
      'dir',
      `-c.electronDist=${standin}`,
      `-c.directories.output=${join(work, 'out')}`,
    ],
    { APPPASS_STANDIN_ELECTRON: '' },
  );
  appDir = join(work, 'out', 'linux-unpacked');
  archive = join(appDir, 'resources', 'app.asar');
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('electron-builder --linux dir (stand-in Electron)', () => {
  it('produces the app folder with the renamed executable and app.asar', () => {
    expect(existsSync(join(appDir, 'apppass'))).toBe(true);
    expect(existsSync(archive)).toBe(true);
  });

  it('app.asar holds the main, preload and renderer bundles and package.json (main = dist/main/main.cjs)', () => {
    const files = new Set(asar.listPackage(archive));
    for (const bundle of bundles) expect(files.has(`/${bundle}`), bundle).toBe(true);
    const pkg = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as { main: string; productName: string };
    expect(pkg.main).toBe('dist/main/main.cjs');
    expect(files.has('/dist/main/main.cjs.map')).toBe(false);
    // Sources and tests stay out of the package.
    expect([...files].some((f) => f.startsWith('/electron/') || f.startsWith('/tests/') || f.startsWith('/renderer/'))).toBe(false);
  });

  it('the native modules (@node-rs/argon2, @napi-rs/keyring) are unpacked next to the asar', () => {
    const unpacked = join(appDir, 'resources', 'app.asar.unpacked', 'node_modules');
    const nodeFiles = (scope: string, prefix: string): string[] =>
      readdirSync(join(unpacked, scope))
        .filter((d) => d.startsWith(prefix))
        .flatMap((d) => readdirSync(join(unpacked, scope, d)).filter((f) => f.endsWith('.node')).map((f) => `${scope}/${d}/${f}`));
    const argon2 = nodeFiles('@node-rs', 'argon2');
    const keyring = nodeFiles('@napi-rs', 'keyring');
    expect(argon2.length).toBeGreaterThan(0);
    expect(keyring.length).toBeGreaterThan(0);
    for (const file of [...argon2, ...keyring]) expect(asar.statFile(archive, `node_modules/${file}`).unpacked, file).toBe(true);
  });

  it('the afterPack hook flipped the fuses in the packed binary and verified them (L14)', async () => {
    expect(log).toContain('fuses flipped and verified');
    const wire = (await getCurrentFuseWire(join(appDir, 'apppass'))) as unknown as Record<number, number>;
    for (const [name, on] of Object.entries(FUSES)) expect(wire[FuseV1Options[name as keyof typeof FuseV1Options] as number], name).toBe(on ? 0x31 : 0x30);
  });
});

