import type { ClipboardPort } from '../../electron/core/clipboard/index.ts';

/** An in-memory clipboard that records what was written and how. */
export class FakeClipboard implements ClipboardPort {
  text = '';
  writes = 0;
  clears = 0;
  failRead = false;

  async writeSecret(text: string): Promise<void> {
    this.text = text;
    this.writes += 1;
  }

  async readText(): Promise<string> {
    if (this.failRead) throw new Error('clipboard unavailable');
    return this.text;
  }

  async clear(): Promise<void> {
    this.text = '';
    this.clears += 1;
  }

  /** Another app (or the user) copies something. */
  userCopies(text: string): void {
    this.text = text;
  }
}
