// Decisions of the afterPack hook (finding L14), as pure functions so they are tested without an
// Electron binary (none can be downloaded on the build machines).
'use strict';

/**
 * What afterPack does with the packed binary.
 * - 'flip': a real Electron binary (it has the fuse sentinel): flip the fuses, then verify them.
 * - 'skip-stand-in': APPPASS_STANDIN_ELECTRON=1 and no sentinel: the packaging test's stand-in binary.
 * - 'fail-stand-in-with-sentinel': the variable is set but the binary is a real Electron: a release
 *   job with a stray variable must not ship unfused binaries, so the build fails.
 * @param {{ standIn: boolean; hasSentinel: boolean }} facts
 * @returns {'flip' | 'skip-stand-in' | 'fail-stand-in-with-sentinel'}
 */
function fuseDecision({ standIn, hasSentinel }) {
  if (standIn) return hasSentinel ? 'fail-stand-in-with-sentinel' : 'skip-stand-in';
  return 'flip';
}

/**
 * The fuses whose state in the packed binary is not what build/fuses.cjs asks for (names), after
 * flipping: `wire` is @electron/fuses' getCurrentFuseWire() result (index -> byte, '0' 48 / '1' 49).
 * A fuse the binary has marked removed ('r') counts as a mismatch only when we want it on.
 * @param {Record<string | number, unknown>} wire
 * @param {Readonly<Record<string, boolean>>} wanted FUSES
 * @param {Record<string, number | string>} FuseV1Options
 * @returns {string[]}
 */
function fuseMismatches(wire, wanted, FuseV1Options) {
  const ENABLE = 49;
  const DISABLE = 48;
  const REMOVED = 114;
  const bad = [];
  for (const [name, on] of Object.entries(wanted)) {
    const index = FuseV1Options[name];
    const state = typeof index === 'number' ? wire[index] : undefined;
    if (state === (on ? ENABLE : DISABLE)) continue;
    if (state === REMOVED && !on) continue;
    bad.push(name);
  }
  return bad;
}

module.exports = { fuseDecision, fuseMismatches };
