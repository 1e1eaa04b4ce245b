import type { Socket } from 'node:net';
import type { VaultSession } from '../vault/index.ts';
import { AgentServer } from './agent-server.ts';
import { CoalescedSave } from './coalesced-save.ts';
import type { identifyCaller } from './identify-caller.ts';
import { AGENT_PROTOCOL_VERSION, type AgentAnswer, type AgentRequest } from './protocol.ts';
import { serveGet } from './serve-get.ts';
import type { AgentSocketLocation } from './socket-path.ts';

export type LockReason = 'request' | 'idle' | 'signal';

/** How long after an answer its activity entry is saved (more answers meanwhile share the save). */
export const SAVE_DELAY_MS = 2_000;

export interface HeadlessAgentOptions {
  /** The vault, unlocked once by `apppass agent`. The agent locks it and stops. */
  session: VaultSession;
  location: AgentSocketLocation;
  /** Minutes without a request before the agent locks; null = never. */
  idleLockMinutes: number | null;
  identify?: typeof identifyCaller;
  /** A save that failed (the answer was given; its activity entry may be lost). */
  onSaveError?: (error: unknown) => void;
}

/**
 * `apppass agent`: the agent without the app, for servers and tests. Whoever can open the socket
 * (mode 0600: this user) is served without a prompt; every answer is still logged with its caller.
 * `lock` (a request, the idle timer or a signal) saves, zeroes the key and stops serving.
 */
export class HeadlessAgent {
  private readonly server: AgentServer;
  private readonly saver: CoalescedSave;
  private idleTimer: NodeJS.Timeout | null = null;
  private stopped: Promise<LockReason> | null = null;
  private resolveStopped: (reason: LockReason) => void = () => undefined;

  constructor(private readonly options: HeadlessAgentOptions) {
    this.server = new AgentServer(options.location, (request, socket) => this.handle(request, socket));
    // Answers are logged at once and saved a little later (flushed on lock): a save of a large vault
    // would otherwise hold up the next request.
    this.saver = new CoalescedSave(options.onSaveError, SAVE_DELAY_MS);
  }

  /** Starts serving; resolves once the socket listens. `whenLocked` tells when it has stopped. */
  async start(): Promise<void> {
    this.stopped = new Promise((resolveStop) => (this.resolveStopped = resolveStop));
    await this.server.start();
    this.touch();
  }

  get socketPath(): string {
    return this.server.path;
  }

  whenLocked(): Promise<LockReason> {
    return this.stopped ?? Promise.resolve('request');
  }

  /** Stops serving, writes what was logged, zeroes the key. */
  async lock(reason: LockReason): Promise<void> {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    await this.server.stop();
    await this.saver.flush();
    await this.options.session.whenSaved();
    this.options.session.lock();
    this.resolveStopped(reason);
  }

  private touch(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    const minutes = this.options.idleLockMinutes;
    if (minutes === null) return;
    this.idleTimer = setTimeout(() => void this.lock('idle'), minutes * 60_000);
  }

  private async handle(request: AgentRequest, socket: Socket): Promise<AgentAnswer> {
    this.touch();
    const session = this.options.session;
    if (request.op === 'status') {
      return {
        v: AGENT_PROTOCOL_VERSION,
        ok: true,
        status: { vault: session.path, unlocked: !session.isLocked, pid: process.pid, idleLockMinutes: this.options.idleLockMinutes, host: 'headless' },
      };
    }
    if (request.op === 'lock') {
      setImmediate(() => void this.lock('request'));
      return { v: AGENT_PROTOCOL_VERSION, ok: true, locked: true };
    }
    return serveGet(
      {
        session: () => session,
        socketPath: this.server.path,
        logged: (s) => this.saver.request(s),
        ...(this.options.identify ? { identify: this.options.identify } : {}),
      },
      request,
      socket,
    );
  }
}
