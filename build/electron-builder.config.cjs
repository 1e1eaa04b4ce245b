// electron-builder configuration: `npm run dist` (needs a machine that can download Electron, or
// `-c.electronDist=<folder>`). Fuses are flipped in the afterPack hook (build/after-pack.cjs).
'use strict';

/** Native modules stay outside app.asar: Node cannot dlopen a .node file from inside an archive. */
const NATIVE_MODULES = ['@node-rs/argon2', '@napi-rs/keyring'];

/** @type {import('app-builder-lib').Configuration} */
const config = {
  appId: 'app.apppass.desktop',
  productName: 'AppPass',
  executableName: 'apppass',
  copyright: 'Copyright © AppPass contributors',
  // package.json has no author (shared file); deb and AppImage metadata need one.
  extraMetadata: { author: { name: 'AppPass contributors', email: 'apppass@users.noreply.github.com' } },
  directories: { output: 'out', buildResources: 'build' },
  files: ['dist/**', '!dist/**/*.map', 'package.json'],
  asar: true,
  asarUnpack: [
    ...NATIVE_MODULES.map((name) => `node_modules/${name}/**`),
    // The prebuilt binaries live in per-platform packages, e.g. @node-rs/argon2-linux-x64-gnu.
    ...NATIVE_MODULES.map((name) => `node_modules/${name}-*/**`),
    '**/*.node',
  ],
  // The native modules ship prebuilt per platform: nothing to compile.
  npmRebuild: false,
  buildDependenciesFromSource: false,
  afterPack: './build/after-pack.cjs',
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Utility',
    icon: 'build/icons',
    maintainer: 'AppPass contributors <apppass@users.noreply.github.com>',
    synopsis: 'A vault and setup wizard for app passwords',
    desktop: { entry: { Categories: 'Utility;Security;', StartupWMClass: 'AppPass' } },
  },
  deb: { depends: ['libsecret-1-0', 'libnotify4', 'libxss1', 'libnss3'] },
  win: { target: ['nsis'], icon: 'build/icons/256x256.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.utilities', icon: 'build/icons/1024x1024.png', hardenedRuntime: true },
  dmg: { title: 'AppPass' },
};

module.exports = config;
