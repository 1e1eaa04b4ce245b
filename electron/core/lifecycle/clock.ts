/** The time now; injected so every lifecycle decision is a pure function of its inputs. */
export type Clock = () => Date;

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `iso` to `now` (0 when `iso` is in the future). */
export function daysBetween(iso: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS));
}
