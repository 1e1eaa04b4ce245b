/** What a CLI command may touch of the outside world; tests pass fakes. */
export interface CliIO {
  writeOut(text: string): void;
  writeErr(text: string): void;
  /** Next line of standard input without its line ending, or null at end of input. */
  readLine(): Promise<string | null>;
  /** Asks on the terminal without echo; only called when stdin is a TTY. */
  promptHidden(prompt: string): Promise<string>;
  stdinIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
  /** Working directory, for resolving relative paths. */
  cwd: string;
}
