/**
 * Command-line switches applied before `ready`. Electron has no API to set RLIMIT_CORE or
 * PR_SET_DUMPABLE (Node has no setrlimit; it needs a native module); on Linux installHardening
 * writes 0 to /proc/self/coredump_filter instead (core/platform/core-dumps.ts). What Electron
 * does offer is used too: the crash reporter is never
 * started (no minidumps), the sandbox is forced for every renderer (app.enableSandbox()), and
 * Chromium features that write typed text or state to disk or to the network are off.
 * See docs/security.md.
 */
export function hardeningSwitches(): Array<readonly [string, string?]> {
  return [
    // Spell-check and autofill services would see what is typed into fields.
    ['disable-features', 'SpellcheckService,AutofillServerCommunication'],
    // No background network requests for component updates or field trials.
    ['disable-component-update'],
    ['disable-background-networking'],
  ];
}
