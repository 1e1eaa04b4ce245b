import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { AgentApprovalRequest, AgentDecision, AgentField, AgentStatus } from '../../contract/calls/agent.ts';
import type { EntrySummary } from '../../contract/calls/vault.ts';
import { AppError, toErrorPayload } from '../errors/index.ts';
import type { VaultService, VaultSession } from '../vault/index.ts';
import { AgentServer } from './agent-server.ts';
import { ApprovalBook, withAlways, withoutApproval } from './approvals.ts';
import type { Caller } from './caller.ts';
import { CoalescedSave } from './coalesced-save.ts';
import type { identifyCaller } from './identify-caller.ts';
import { localAgentSocket } from './listen-private.ts';
import { AGENT_PROTOCOL_VERSION, type AgentAnswer, type AgentRequest } from './protocol.ts';
import { serveGet } from './serve-get.ts';
import type { AgentSocketLocation } from './socket-path.ts';

/** How long a caller waits for the user's answer in the app before it is refused. */
export const APPROVAL_TIMEOUT_MS = 120_000;
/** While the socket is taken (another agent serves), `status` tries again at most this often. */
const RETRY_MS = 5_000;
/** Most callers waiting for approval at once; more are refused at once (a flood must not pile up prompts). */
export const PENDING_MAX = 20;

export interface AgentServiceOptions {
  vault: VaultService;
  /** Where to listen (default: localAgentSocket()). */
  location?: AgentSocketLocation;
  nowMs?: () => number;
  approvalTimeoutMs?: number;
  identify?: typeof identifyCaller;
}

interface Pending {
  request: AgentApprovalRequest;
  waiters: { resolve: () => void; reject: (error: AppError) => void }[];
  timer: NodeJS.Timeout;
}

/**
 * The agent inside the app (Electron main or the browser host): serves `apppass get` on the socket
 * while the vault is unlocked and the user's setting is on; stops when the vault locks. Each new
 * caller waits until the user answers the prompt (the renderer reads `status().pending` and calls
 * `answer`). Electron-free: a host only builds it beside its VaultService.
 */
export class AgentService {
  private readonly server: AgentServer;
  private readonly book: ApprovalBook;
  private readonly pending = new Map<string, Pending>();
  private readonly saver = new CoalescedSave();
  private readonly nowMs: () => number;
  private problem: string | null = null;
  private triedAt = 0;
  private readonly unsubscribe: (() => void)[];
  private readonly pendingListeners = new Set<(request: AgentApprovalRequest) => void>();

  constructor(private readonly options: AgentServiceOptions) {
    this.nowMs = options.nowMs ?? Date.now;
    this.book = new ApprovalBook(this.nowMs);
    this.server = new AgentServer(options.location ?? localAgentSocket(), (request, socket) => this.handle(request, socket));
    this.unsubscribe = [options.vault.onUnlock((session) => void this.follow(session)), options.vault.onLock(() => void this.stopServing())];
  }

  private session(): VaultSession {
    return this.options.vault.session();
  }

  /** Starts or stops serving to match the vault's setting. */
  private async follow(session: VaultSession): Promise<void> {
    if (session.isLocked || !session.agentState().enabled) return this.stopServing();
    this.triedAt = this.nowMs();
    try {
      await this.server.start();
      this.problem = null;
    } catch (error) {
      this.problem = toErrorPayload(error).message;
    }
  }

  private async stopServing(): Promise<void> {
    for (const [id, pending] of this.pending) this.settle(id, pending, new AppError('LOCKED', 'The vault was locked before the request was answered.'));
    // Let the waiting callers' LOCKED answers go out before their connections close.
    await new Promise((resolveTurn) => setImmediate(resolveTurn));
    await this.server.stop();
  }

  async status(): Promise<AgentStatus> {
    const session = this.session();
    const state = session.agentState();
    // On but not serving (another agent held the socket): try again now and then, as the app asks often.
    if (state.enabled && !this.server.listening && this.nowMs() - this.triedAt >= RETRY_MS) await this.follow(session);
    const oldest = this.pending.values().next();
    return {
      enabled: state.enabled,
      serving: this.server.listening,
      socketPath: this.server.path,
      pending: oldest.done === true ? null : oldest.value.request,
      approvals: state.approvals,
      problem: this.problem,
    };
  }

  async setEnabled(enabled: boolean): Promise<AgentStatus> {
    const session = this.session();
    session.setAgentState({ ...session.agentState(), enabled });
    await session.save();
    await this.follow(session);
    return this.status();
  }

  async answer(requestId: string, decision: AgentDecision): Promise<AgentStatus> {
    const pending = this.pending.get(requestId);
    if (pending === undefined) throw new AppError('NOT_FOUND', 'That request is no longer waiting (it was answered, timed out or the caller left).');
    const { caller, entryId, callerName } = pending.request;
    if (decision === 'deny') {
      this.settle(requestId, pending, new AppError('AGENT_DENIED', `${callerName} was refused in AppPass.`));
      return this.status();
    }
    if (decision === 'always') {
      const session = this.session();
      session.setAgentState(withAlways(session.agentState(), caller, entryId, new Date(this.nowMs()).toISOString()));
      await session.save();
    } else this.book.allowForHours(caller, entryId);
    this.settle(requestId, pending, null);
    return this.status();
  }

  async forget(caller: string, entryId: string): Promise<AgentStatus> {
    const session = this.session();
    session.setAgentState(withoutApproval(session.agentState(), caller, entryId));
    this.book.forgetTemporary(caller, entryId);
    await session.save();
    return this.status();
  }

  /**
   * Called when a new caller starts waiting for approval: a host shows its window (the prompt lives
   * in the renderer, which asks `status`). Returns unsubscribe.
   */
  onPending(listener: (request: AgentApprovalRequest) => void): () => void {
    this.pendingListeners.add(listener);
    return () => this.pendingListeners.delete(listener);
  }

  /** For host shutdown: stops serving and listening to the vault. */
  async stop(): Promise<void> {
    for (const off of this.unsubscribe) off();
    await this.stopServing();
  }

  private settle(id: string, pending: Pending, error: AppError | null): void {
    clearTimeout(pending.timer);
    this.pending.delete(id);
    for (const waiter of pending.waiters) {
      if (error === null) waiter.resolve();
      else waiter.reject(error);
    }
  }

  private approve(caller: Caller, entry: EntrySummary, field: AgentField): Promise<void> {
    if (this.book.isApproved(this.session().agentState(), caller.key, entry.id)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const same = [...this.pending.values()].find((p) => p.request.caller === caller.key && p.request.entryId === entry.id);
      if (same !== undefined) return void same.waiters.push({ resolve, reject });
      if (this.pending.size >= PENDING_MAX) return reject(new AppError('AGENT_DENIED', `${PENDING_MAX} programs are already waiting for an answer in AppPass; ${caller.name} was refused.`));
      const requestId = randomUUID();
      const timeoutMs = this.options.approvalTimeoutMs ?? APPROVAL_TIMEOUT_MS;
      const timer = setTimeout(() => {
        const pending = this.pending.get(requestId);
        if (pending) this.settle(requestId, pending, new AppError('AGENT_DENIED', `Nobody answered AppPass's prompt for ${caller.name} within ${Math.round(timeoutMs / 1000)} s.`));
      }, timeoutMs);
      const entryName = `${entry.label === '' ? entry.account : `${entry.label} — ${entry.account}`}`;
      const request: AgentApprovalRequest = { requestId, callerName: caller.name, caller: caller.key, verified: caller.verified, entryId: entry.id, entryName, field };
      this.pending.set(requestId, { request, waiters: [{ resolve, reject }], timer });
      for (const listener of this.pendingListeners) listener(request);
    });
  }

  private async handle(request: AgentRequest, socket: Socket): Promise<AgentAnswer> {
    if (request.op === 'status') {
      const session = this.session();
      return {
        v: AGENT_PROTOCOL_VERSION,
        ok: true,
        status: { vault: session.path, unlocked: true, pid: process.pid, idleLockMinutes: session.settings().autoLockMinutes, host: 'app' },
      };
    }
    if (request.op === 'lock') {
      setImmediate(() => this.options.vault.lock());
      return { v: AGENT_PROTOCOL_VERSION, ok: true, locked: true };
    }
    return serveGet(
      {
        session: () => this.session(),
        socketPath: this.server.path,
        approve: (caller, entry, field) => this.approve(caller, entry, field),
        logged: (session) => this.saver.request(session),
        ...(this.options.identify ? { identify: this.options.identify } : {}),
      },
      request,
      socket,
    );
  }
}
