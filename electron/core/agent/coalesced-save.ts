import type { VaultSession } from '../vault/index.ts';

/**
 * Saves a session after the agent logged an answer, without one full save per request (a save of
 * 10,000 entries costs ~0.1 s of the agent's time): at most one save runs and one more waits (it
 * writes everything logged meanwhile). With `delayMs`, a save starts that long after the first
 * unsaved answer (more answers in between ride along); `flush` saves at once (before a lock).
 * The answer never waits for the save. A failed save (EXTERNAL_CHANGE, locked) goes to `onError`.
 */
export class CoalescedSave {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private waiting: VaultSession | null = null;

  constructor(
    private readonly onError: (error: unknown) => void = () => undefined,
    private readonly delayMs = 0,
  ) {}

  request(session: VaultSession): void {
    if (this.delayMs > 0) {
      this.waiting = session;
      this.timer ??= setTimeout(() => {
        this.timer = null;
        this.waiting = null;
        this.saveNow(session);
      }, this.delayMs);
      return;
    }
    this.saveNow(session);
  }

  private saveNow(session: VaultSession): void {
    if (this.running !== null) {
      this.again = true;
      return;
    }
    this.running = session
      .save()
      .catch(this.onError)
      .finally(() => {
        this.running = null;
        if (this.again && !session.isLocked) {
          this.again = false;
          this.saveNow(session);
        }
      });
  }

  /** Starts a delayed save now, and resolves when nothing is being saved. */
  async flush(): Promise<void> {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
      const session = this.waiting;
      this.waiting = null;
      if (session !== null) this.saveNow(session);
    }
    while (this.running !== null) await this.running;
  }
}
