import type { VaultSession } from '../vault/index.ts';

/**
 * Saves a session after the agent logged an answer, without queueing one full save per request:
 * at most one save runs and one more waits (it writes everything logged meanwhile). The answer
 * never waits for the save. A failed save (EXTERNAL_CHANGE, locked) is reported to `onError`.
 */
export class CoalescedSave {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly onError: (error: unknown) => void = () => undefined) {}

  request(session: VaultSession): void {
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
          this.request(session);
        }
      });
  }

  /** Resolves when nothing is being saved. */
  async settled(): Promise<void> {
    while (this.running !== null) await this.running;
  }
}
