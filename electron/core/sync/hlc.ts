/**
 * Hybrid logical clocks (Kulkarni et al., 2014) as fixed-width strings that sort like the clocks:
 * `<wall ms, 9 base-36 digits>-<counter, 4 base-36 digits>-<device id, 12 hex digits>`, e.g.
 * `mimq8x3k0-0000-3f9a8b2c1e4d`. A stamp is unique (the device id is in it) and later than every
 * stamp its device had seen when it made it, whatever the computers' clocks say.
 */
export type Hlc = string;

const WALL_DIGITS = 9;
const COUNTER_DIGITS = 4;
const COUNTER_MAX = 36 ** COUNTER_DIGITS - 1;
const DEVICE_OFFSET = WALL_DIGITS + 1 + COUNTER_DIGITS + 1;

export const DEVICE_ID_PATTERN = /^[0-9a-f]{12}$/;
export const HLC_PATTERN = /^[0-9a-z]{9}-[0-9a-z]{4}-[0-9a-f]{12}$/;

/** The device of stamps made for vaults of format 1 and 2 (from each entry's `updated` time). */
export const LEGACY_DEVICE = '000000000000';

export function formatHlc(wallMs: number, counter: number, device: string): Hlc {
  return `${wallMs.toString(36).padStart(WALL_DIGITS, '0')}-${counter.toString(36).padStart(COUNTER_DIGITS, '0')}-${device}`;
}

export function isHlc(value: unknown): value is Hlc {
  return typeof value === 'string' && value.length === DEVICE_OFFSET + 12 && HLC_PATTERN.test(value);
}

export function hlcWallMs(stamp: Hlc): number {
  return parseInt(stamp.slice(0, WALL_DIGITS), 36);
}

export function hlcCounter(stamp: Hlc): number {
  return parseInt(stamp.slice(WALL_DIGITS + 1, WALL_DIGITS + 1 + COUNTER_DIGITS), 36);
}

export function hlcDevice(stamp: Hlc): string {
  return stamp.slice(DEVICE_OFFSET);
}

/** The wall time of a stamp as an ISO time (for people: "when"). */
export function hlcIso(stamp: Hlc): string {
  return new Date(hlcWallMs(stamp)).toISOString();
}

/** The stamp given to every field of an entry read from format 1 or 2: its `updated` time. */
export function legacyHlc(iso: string): Hlc {
  const ms = Date.parse(iso);
  return formatHlc(Number.isFinite(ms) && ms > 0 ? ms : 0, 0, LEGACY_DEVICE);
}

export function maxHlc(a: Hlc | undefined, b: Hlc | undefined): Hlc | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}

/** One device's clock: every `tick` is later than the last tick and than every stamp `observe`d. */
export class HlcClock {
  private wall = 0;
  private counter = 0;

  constructor(readonly device: string) {}

  /** Takes in a stamp seen elsewhere (a merged copy), so later ticks come after it. */
  observe(stamp: Hlc | undefined): void {
    if (stamp === undefined) return;
    const wall = hlcWallMs(stamp);
    const counter = hlcCounter(stamp);
    if (wall > this.wall || (wall === this.wall && counter > this.counter)) {
      this.wall = wall;
      this.counter = counter;
    }
  }

  tick(nowMs: number): Hlc {
    if (nowMs > this.wall) {
      this.wall = nowMs;
      this.counter = 0;
    } else if (this.counter >= COUNTER_MAX) {
      this.wall += 1;
      this.counter = 0;
    } else {
      this.counter += 1;
    }
    return formatHlc(this.wall, this.counter, this.device);
  }
}
