import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeFuseWire } from '../../support/fake-fuse-wire.ts';

const require = createRequire(import.meta.url);
const { FUSES, fuseConfig } = require('../../../build/fuses.cjs') as {
  FUSES: Record<string, boolean>;
  fuseConfig: (options: typeof FuseV1Options, version: typeof FuseVersion) => Record<string | number, unknown>;
};
const afterPack = require('../../../build/after-pack.cjs') as ((context: unknown) => Promise<void>) & {
  electronBinaryPath: (context: unknown) => string;
};

describe('Electron fuses', () => {
  it('flips exactly the hardening the issue asks for', () => {
    expect(FUSES).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      EnableCookieEncryption: true,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('sets every fuse @electron/fuses knows (strictlyRequireAllFuses), by its wire index', () => {
    const config = fuseConfig(FuseV1Options, FuseVersion);
    expect(config['version']).toBe(FuseVersion.V1);
    expect(config['strictlyRequireAllFuses']).toBe(true);
    const known = Object.entries(FuseV1Options).filter(([, v]) => typeof v === 'number') as Array<[string, number]>;
    for (const [name, index] of known) {
      expect(typeof config[index], name).toBe('boolean');
      expect(config[index], name).toBe(FUSES[name]);
    }
    expect(Object.keys(FUSES).sort()).toEqual(known.map(([name]) => name).sort());
  });

  it('refuses a fuse name @electron/fuses does not know (a typo fails the build)', () => {
    expect(() => fuseConfig({ ...FuseV1Options, RunAsNode: undefined } as never, FuseVersion)).toThrow(/RunAsNode/);
  });
});

describe('afterPack hook', () => {
  const context = (platform: string) => ({
    electronPlatformName: platform,
    appOutDir: '/out/x',
    packager: { appInfo: { productFilename: 'AppPass' }, executableName: 'apppass' },
  });

  it('finds the packed binary per platform', () => {
    expect(afterPack.electronBinaryPath(context('linux'))).toBe('/out/x/apppass');
    expect(afterPack.electronBinaryPath(context('win32'))).toBe('/out/x/AppPass.exe');
    expect(afterPack.electronBinaryPath(context('darwin'))).toBe('/out/x/AppPass.app');
  });

  it('with APPPASS_STANDIN_ELECTRON=1 it skips flipping with a clear log line', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.stubEnv('APPPASS_STANDIN_ELECTRON', '1');
    try {
      await afterPack(context('linux'));
      expect(log.mock.calls.flat().join(' ')).toMatch(/NOT flipping fuses in \/out\/x\/apppass \(stand-in Electron\)/);
    } finally {
      vi.unstubAllEnvs();
      log.mockRestore();
    }
  });

  it('without it, a binary with no fuse sentinel fails the build loudly', async () => {
    vi.stubEnv('APPPASS_STANDIN_ELECTRON', '');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await expect(afterPack({ ...context('linux'), appOutDir: '/nonexistent-apppass-dir' })).rejects.toThrow();
    } finally {
      vi.unstubAllEnvs();
      log.mockRestore();
    }
  });
});

describe('afterPack decisions (L14)', () => {
  const checks = require('../../../build/fuse-checks.cjs') as {
    fuseDecision: (facts: { standIn: boolean; hasSentinel: boolean }) => string;
    fuseMismatches: (wire: Record<string | number, unknown>, wanted: Record<string, boolean>, options: typeof FuseV1Options) => string[];
  };
  const known = Object.entries(FuseV1Options).filter(([, v]) => typeof v === 'number') as Array<[string, number]>;
  /** A file shaped like Electron's binary around the fuse wire: every fuse in Electron's default state. */
  const fakeElectron = (dir: string): string => {
    const file = join(dir, 'apppass');
    writeFileSync(file, Buffer.concat([Buffer.alloc(4096, 0x90), fakeFuseWire(), Buffer.alloc(4096, 0x90)]));
    return file;
  };
  const context = (dir: string) => ({ electronPlatformName: 'linux', appOutDir: dir, packager: { appInfo: { productFilename: 'AppPass' }, executableName: 'apppass' } });

  it('flips a real binary; skips only a stand-in without a sentinel; fails a stand-in flag on a real binary', () => {
    expect(checks.fuseDecision({ standIn: false, hasSentinel: true })).toBe('flip');
    expect(checks.fuseDecision({ standIn: true, hasSentinel: false })).toBe('skip-stand-in');
    expect(checks.fuseDecision({ standIn: true, hasSentinel: true })).toBe('fail-stand-in-with-sentinel');
    expect(checks.fuseDecision({ standIn: false, hasSentinel: false })).toBe('flip'); // flipFuses then fails loudly
  });

  it('names every fuse whose state differs from FUSES', () => {
    const wire: Record<number, number> = {};
    for (const [name, index] of known) wire[index] = FUSES[name] ? 49 : 48;
    expect(checks.fuseMismatches(wire, FUSES, FuseV1Options)).toEqual([]);
    wire[FuseV1Options.RunAsNode] = 49;
    wire[FuseV1Options.OnlyLoadAppFromAsar] = 114; // removed, but wanted on
    expect(checks.fuseMismatches(wire, FUSES, FuseV1Options).sort()).toEqual(['OnlyLoadAppFromAsar', 'RunAsNode']);
  });

  it('on a binary with the sentinel: flips, reads back and verifies; with APPPASS_STANDIN_ELECTRON=1 the build fails and nothing is flipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apppass-fuses-'));
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const binary = fakeElectron(dir);
      const before = readFileSync(binary);
      vi.stubEnv('APPPASS_STANDIN_ELECTRON', '1');
      await expect(afterPack(context(dir))).rejects.toThrow(/real Electron binary .*Refusing to ship it without fuses/);
      expect(readFileSync(binary).equals(before)).toBe(true);
      vi.stubEnv('APPPASS_STANDIN_ELECTRON', '');
      await afterPack(context(dir));
      expect(log.mock.calls.flat().join(' ')).toMatch(/fuses flipped and verified/);
      const wire = await getCurrentFuseWire(binary);
      expect(checks.fuseMismatches(wire as Record<number, unknown>, FUSES, FuseV1Options)).toEqual([]);
      expect(wire[FuseV1Options.RunAsNode]).toBe(48);
    } finally {
      vi.unstubAllEnvs();
      log.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
