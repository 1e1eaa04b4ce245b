// Electron fuses AppPass flips at packaging (see after-pack.cjs and docs/security.md).
// Plain data, so a unit test can check every value; names are @electron/fuses' FuseV1Options.
'use strict';

/** @type {Readonly<Record<string, boolean>>} */
const FUSES = Object.freeze({
  // No `ELECTRON_RUN_AS_NODE=1 AppPass evil.js`: the binary cannot be used as a plain Node.
  RunAsNode: false,
  // Cookies and other Chromium storage encrypted with an OS-keychain key.
  EnableCookieEncryption: true,
  // NODE_OPTIONS (e.g. --require evil.js) is ignored.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect / --inspect-brk cannot attach a debugger to the main process.
  EnableNodeCliInspectArguments: false,
  // app.asar is checked against the hash embedded at packaging (macOS, Windows).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Only app.asar is loaded (no resources/app folder next to it).
  OnlyLoadAppFromAsar: true,
  // Not used by AppPass; Electron's default.
  LoadBrowserProcessSpecificV8Snapshot: false,
  // file:// gets no extra privileges (AppPass loads from apppass://).
  GrantFileProtocolExtraPrivileges: false,
  // Electron's default (WebAssembly trap handlers on); not a security switch for AppPass.
  WasmTrapHandlers: true,
});

/**
 * The config object for flipFuses(): every FuseV1Options value must be set
 * (strictlyRequireAllFuses), so a fuse added by a newer Electron fails the build until decided here.
 * @param {Record<string, number | string>} FuseV1Options the enum from @electron/fuses
 * @param {{ V1: string }} FuseVersion the enum from @electron/fuses
 */
function fuseConfig(FuseV1Options, FuseVersion) {
  /** @type {Record<string | number, unknown>} */
  const config = { version: FuseVersion.V1, strictlyRequireAllFuses: true, resetAdHocDarwinSignature: process.platform === 'darwin' };
  for (const [name, value] of Object.entries(FUSES)) {
    const index = FuseV1Options[name];
    if (typeof index !== 'number') throw new Error(`@electron/fuses does not know the fuse ${name}; update build/fuses.cjs.`);
    config[index] = value;
  }
  return config;
}

module.exports = { FUSES, fuseConfig };
