/** What a host refused: a call (its sender or window) or a path asked of the renderer server. */
export type RefusedKind = 'call' | 'path';

/**
 * The one small logger of both hosts. A refusal is written once per distinct (kind, reason,
 * subject), so a renderer that retries cannot flood the log; it names the reason and the call or
 * path, never a payload. `warn` is for host troubles that have no secret in them.
 */
export interface HostLog {
  refused(kind: RefusedKind, reason: string, subject: string): void;
  warn(message: string): void;
}

/** How many distinct refusals are remembered; later ones are still written, once each. */
const REMEMBERED = 500;
const MAX_SUBJECT = 200;

/** Keeps a subject printable and short: control characters become '?', the rest is cut. */
function printable(subject: string): string {
  const clean = Array.from(String(subject), (c) => (c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f) ? '?' : c)).join('');
  return clean.length > MAX_SUBJECT ? `${clean.slice(0, MAX_SUBJECT)}…` : clean;
}

export function createHostLog(write: (line: string) => void = (line) => console.warn(line)): HostLog {
  const seen = new Set<string>();
  return {
    refused(kind, reason, subject) {
      const line = `AppPass refused a ${kind} (${reason}): ${printable(subject)}`;
      if (seen.has(line)) return;
      if (seen.size >= REMEMBERED) seen.clear();
      seen.add(line);
      write(line);
    },
    warn(message) {
      write(`AppPass: ${message.replace(/^AppPass: /, '')}`);
    },
  };
}
