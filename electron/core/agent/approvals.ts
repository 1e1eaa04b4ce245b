import { AGENT_APPROVAL_HOURS, AGENT_APPROVALS_MAX, type AgentVaultState } from '../../contract/calls/agent.ts';

const HOUR_MS = 3_600_000;

function keyOf(caller: string, entryId: string): string {
  return `${entryId}\n${caller}`;
}

/**
 * Which callers may read which entries. "Always" approvals live in the vault (encrypted, so no
 * other process can add one); "for 8 hours" approvals live only in this process's memory.
 */
export class ApprovalBook {
  private readonly temporary = new Map<string, number>();

  constructor(private readonly nowMs: () => number) {}

  isApproved(state: AgentVaultState, caller: string, entryId: string): boolean {
    if (state.approvals.some((a) => a.caller === caller && a.entryId === entryId)) return true;
    const until = this.temporary.get(keyOf(caller, entryId));
    if (until === undefined) return false;
    if (until > this.nowMs()) return true;
    this.temporary.delete(keyOf(caller, entryId));
    return false;
  }

  /** Allows `caller` to read `entryId` for AGENT_APPROVAL_HOURS from now. */
  allowForHours(caller: string, entryId: string): void {
    this.temporary.set(keyOf(caller, entryId), this.nowMs() + AGENT_APPROVAL_HOURS * HOUR_MS);
  }

  forgetTemporary(caller: string, entryId: string): void {
    this.temporary.delete(keyOf(caller, entryId));
  }
}

/** The state with an "always" approval added (the oldest dropped beyond AGENT_APPROVALS_MAX). */
export function withAlways(state: AgentVaultState, caller: string, entryId: string, at: string): AgentVaultState {
  const others = state.approvals.filter((a) => !(a.caller === caller && a.entryId === entryId));
  const approvals = [...others, { caller, entryId, at }];
  return { ...state, approvals: approvals.slice(Math.max(0, approvals.length - AGENT_APPROVALS_MAX)) };
}

/** The state without the "always" approval of `caller` for `entryId`. */
export function withoutApproval(state: AgentVaultState, caller: string, entryId: string): AgentVaultState {
  return { ...state, approvals: state.approvals.filter((a) => !(a.caller === caller && a.entryId === entryId)) };
}
