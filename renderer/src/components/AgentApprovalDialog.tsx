import { useEffect, useState } from 'react';
import { AGENT_APPROVAL_HOURS } from '../../../electron/contract/limits.ts';
import type { AgentApprovalRequest, AgentDecision } from '../../../electron/contract/index.ts';
import { api } from '../api.ts';
import { agentWords as t } from '../strings/agent.ts';
import { Dialog } from './Dialog.tsx';

/** How often the app asks the core whether a program waits for approval. */
const POLL_MS = 1000;

/**
 * The prompt for a program that asks the agent for an app password: names the program and the
 * entry; Deny, "Allow for 8 hours" or "Always allow". Closing it denies.
 */
export function AgentApprovalDialog() {
  const [pending, setPending] = useState<AgentApprovalRequest | null>(null);

  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      const r = await api().agent.status();
      if (!stopped && r.ok) setPending((now) => (now?.requestId === r.value.pending?.requestId ? now : r.value.pending));
    };
    void poll();
    const timer = window.setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, []);

  if (pending === null) return null;
  const decide = async (decision: AgentDecision) => {
    setPending(null);
    const r = await api().agent.answer({ requestId: pending.requestId, decision });
    if (r.ok) setPending(r.value.pending);
  };
  return (
    <Dialog
      key={pending.requestId}
      title={t.promptTitle}
      onClose={() => void decide('deny')}
      testId="agent-approval"
      footer={
        <>
          <button type="button" className="btn" onClick={() => void decide('deny')} data-testid="agent-deny">{t.deny}</button>
          <button type="button" className="btn" onClick={() => void decide('allow-hours')} data-testid="agent-allow-hours">{t.allowHours(AGENT_APPROVAL_HOURS)}</button>
          <button type="button" className="btn primary" onClick={() => void decide('always')} data-testid="agent-always">{t.always}</button>
        </>
      }
    >
      <p style={{ margin: 0 }}>{t.promptText}</p>
      <dl className="kv">
        <dt>{t.program}</dt>
        <dd data-testid="agent-caller">{pending.callerName}</dd>
        <dt>{t.entry}</dt>
        <dd data-testid="agent-entry">{pending.entryName}</dd>
        <dt>{t.field}</dt>
        <dd>{t.fields[pending.field] ?? pending.field}</dd>
      </dl>
      {!pending.verified && <p className="small muted">{t.unverified}</p>}
    </Dialog>
  );
}
