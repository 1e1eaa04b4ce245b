// electron-builder afterPack hook: flips the Electron fuses (build/fuses.cjs) in the packed binary.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS file: electron-builder require()s its hooks. */
const path = require('node:path');
const { fuseConfig } = require('./fuses.cjs');

/** Path of the packed Electron executable for this platform. */
function electronBinaryPath(context) {
  const { electronPlatformName, appOutDir, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName);
}

/** @param {import('app-builder-lib').AfterPackContext} context */
module.exports = async function afterPack(context) {
  const binary = electronBinaryPath(context);
  if (process.env.APPPASS_STANDIN_ELECTRON === '1') {
    // A stand-in binary (tests/integration/packaging) has no fuse sentinel to flip.
    console.log(`[apppass] afterPack: APPPASS_STANDIN_ELECTRON=1, NOT flipping fuses in ${binary} (stand-in Electron).`);
    return;
  }
  const { flipFuses, FuseV1Options, FuseVersion } = await import('@electron/fuses');
  await flipFuses(binary, fuseConfig(FuseV1Options, FuseVersion));
  console.log(`[apppass] afterPack: fuses flipped in ${binary}.`);
};
module.exports.electronBinaryPath = electronBinaryPath;
