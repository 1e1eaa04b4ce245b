import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * Who holds a vault's write lock: enough to tell a live owner from a dead one even when its pid has
 * been reused (after a reboot, or in a container where pids are small). Written into `PATH.lock`
 * in one piece, so a reader never sees a half-written owner.
 */
export interface LockOwner {
  pid: number;
  /** os.hostname() of the writer: a pid only means something on its own machine. */
  host: string;
  /** Linux boot id; a lock from an earlier boot is stale whatever its pid. null elsewhere. */
  boot: string | null;
  /** Start time of the process in clock ticks since boot (/proc/PID/stat field 22); null where unknown. */
  start: string | null;
  /** Random per acquisition: lets the owner release only its own lock. */
  nonce: string;
}

/** A lock from another machine (a shared folder) is judged stale only after this long. */
export const FOREIGN_LOCK_STALE_MS = 60_000;
/** A lock file whose owner cannot be told apart from a reused pid (damage, a bare pid from an older AppPass) is stale after this long. */
export const UNREADABLE_LOCK_STALE_MS = 10_000;

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
}

/** Start time of `pid` (field 22 of /proc/PID/stat, after the parenthesised name); null when not on Linux or gone. */
export function processStartTime(pid: number): string | null {
  const stat = readOrNull(`/proc/${pid}/stat`);
  if (stat === null) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19] ?? null; // field 3 is fields[0], so field 22 is fields[19]
}

export function currentBootId(): string | null {
  return readOrNull('/proc/sys/kernel/random/boot_id');
}

export function ownerOfThisProcess(): LockOwner {
  return { pid: process.pid, host: hostname(), boot: currentBootId(), start: processStartTime(process.pid), nonce: randomBytes(12).toString('hex') };
}

export function serializeOwner(owner: LockOwner): string {
  return JSON.stringify(owner);
}

/** The owner recorded in a lock file; a bare pid (AppPass before 0.2) is read too; null when unreadable. */
export function parseOwner(text: string): LockOwner | null {
  const trimmed = text.trim();
  if (/^[1-9]\d{0,9}$/.test(trimmed)) return { pid: Number(trimmed), host: hostname(), boot: null, start: null, nonce: '' };
  try {
    const value = JSON.parse(trimmed) as Partial<LockOwner> | null;
    if (value === null || typeof value !== 'object') return null;
    const { pid, host, boot, start, nonce } = value;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0 || typeof host !== 'string' || typeof nonce !== 'string') return null;
    return { pid, host, boot: typeof boot === 'string' ? boot : null, start: typeof start === 'string' ? start : null, nonce };
  } catch {
    return null;
  }
}

/** What this machine says about a process now; a port so the staleness rule is a pure function. */
export interface ProcessProbe {
  host: string;
  boot: string | null;
  isAlive(pid: number): boolean;
  startOf(pid: number): string | null;
}

export const systemProbe: ProcessProbe = {
  host: hostname(),
  boot: currentBootId(),
  isAlive(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  },
  startOf: processStartTime,
};

/**
 * Whether a lock may be taken over. `owner` null = unreadable content. `ageMs` = how long ago the
 * lock file was written. A live owner on this machine is never stale; a reused pid (other start
 * time) or an earlier boot is.
 */
export function isStaleLock(owner: LockOwner | null, ageMs: number, probe: ProcessProbe): boolean {
  if (owner === null) return ageMs > UNREADABLE_LOCK_STALE_MS;
  if (owner.host !== probe.host) return ageMs > FOREIGN_LOCK_STALE_MS;
  if (owner.boot !== null && probe.boot !== null && owner.boot !== probe.boot) return true;
  if (!probe.isAlive(owner.pid)) return true;
  if (owner.nonce === '') return ageMs > UNREADABLE_LOCK_STALE_MS; // a bare pid (older AppPass): it may be reused
  if (owner.start !== null) {
    const now = probe.startOf(owner.pid);
    if (now !== null && now !== owner.start) return true;
  }
  return false;
}
