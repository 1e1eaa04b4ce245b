import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** True when `command` is an executable on PATH (or an absolute path that is executable). */
export function hasExecutable(command: string): boolean {
  const candidates = command.includes('/') ? [command] : (process.env['PATH'] ?? '').split(delimiter).map((dir) => join(dir, command));
  return candidates.some((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export const IN_CI = process.env['CI'] === 'true';

/**
 * Decides whether a suite that needs real system tools runs. Outside CI a missing tool skips the
 * suite with the reason; with CI=true it throws, so CI can never pass by skipping.
 * Use: `const missing = missingTools(['dovecot']); describe.skipIf(missing)(…)` — the reason is
 * printed once.
 */
export function missingTools(commands: readonly string[], installHint = 'bash .ci/run installs them'): string | false {
  const missing = commands.filter((c) => !hasExecutable(c));
  if (missing.length === 0) return false;
  const reason = `needs ${missing.join(', ')} (not installed; ${installHint})`;
  if (IN_CI) throw new Error(`CI=true and a required tool is missing: ${reason}`);
  console.warn(`[skipped] ${reason}`);
  return reason;
}
