import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';

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
