// electron-builder afterPack hook: flips the Electron fuses (build/fuses.cjs) in the packed binary.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS file: electron-builder require()s its hooks. */
const path = require('node:path');
const { FUSES, fuseConfig } = require('./fuses.cjs');
const { fuseDecision, fuseMismatches } = require('./fuse-checks.cjs');

/** Path of the packed Electron executable for this platform. */
function electronBinaryPath(context) {
  const { electronPlatformName, appOutDir, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName);
}

/** True when the binary holds Electron's fuse sentinel (a real Electron 12+), read with @electron/fuses. */
async function hasFuseSentinel(getCurrentFuseWire, binary) {
  try {
    await getCurrentFuseWire(binary);
    return true;
  } catch {
    return false;
  }
}

/** @param {import('app-builder-lib').AfterPackContext} context */
module.exports = async function afterPack(context) {
  const binary = electronBinaryPath(context);
  const { flipFuses, getCurrentFuseWire, FuseV1Options, FuseVersion } = await import('@electron/fuses');
  const standIn = process.env.APPPASS_STANDIN_ELECTRON === '1';
  const decision = fuseDecision({ standIn, hasSentinel: await hasFuseSentinel(getCurrentFuseWire, binary) });
  if (decision === 'fail-stand-in-with-sentinel') {
    throw new Error(`[apppass] afterPack: APPPASS_STANDIN_ELECTRON=1 is set, but ${binary} is a real Electron binary (it has the fuse sentinel). Refusing to ship it without fuses: unset the variable.`);
  }
  if (decision === 'skip-stand-in') {
    // A stand-in binary (tests/integration/packaging) has no fuse sentinel to flip.
    console.log(`[apppass] afterPack: APPPASS_STANDIN_ELECTRON=1, NOT flipping fuses in ${binary} (stand-in Electron).`);
    return;
  }
  await flipFuses(binary, fuseConfig(FuseV1Options, FuseVersion));
  // Read back what was written (like `npx @electron/fuses read`): a fuse not in its wanted state fails the build.
  const bad = fuseMismatches(await getCurrentFuseWire(binary), FUSES, FuseV1Options);
  if (bad.length > 0) throw new Error(`[apppass] afterPack: after flipping, these fuses are not as build/fuses.cjs wants them in ${binary}: ${bad.join(', ')}.`);
  console.log(`[apppass] afterPack: fuses flipped and verified in ${binary}.`);
};
module.exports.electronBinaryPath = electronBinaryPath;
