import { useEffect, useState } from 'react';
import { AGENT_APPROVAL_HOURS } from '../../../electron/contract/limits.ts';
import type { AgentApprovalRequest, AgentDecision } from '../../../electron/contract/index.ts';
import { api, backgroundApi } from '../api.ts';
import { agentWords as t } from '../strings/agent.ts';
import { Dialog } from './Dialog.tsx';

/** How often the app asks the core whether a program waits for approval (only while the agent is on). */
const POLL_MS = 1000;

/** Fired by the agent setting after it turns the agent on or off: the prompt reads the status again. */
export const AGENT_CHANGED_EVENT = 'apppass:agent-changed';

/**
 * The prompt for a program that asks the agent for an app password: names the program and the
 * entry; Deny, "Allow for 8 hours" or "Always allow". Closing it denies. It asks the core once on
 * mount and when the setting changes, and polls only while the agent is on; a poll never shows the
 * lock screen (backgroundApi) and stops once the vault is locked.
 */
export function AgentApprovalDialog() {
  const [pending, setPending] = useState<AgentApprovalRequest | null>(null);

  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    const stopPolling = () => {
      window.clearInterval(timer);
      timer = undefined;
    };
    const read = async () => {
      const r = await backgroundApi().agent.status();
      if (stopped) return;
      if (!r.ok || !r.value.enabled) {
        stopPolling();
        setPending(null);
        return;
      }
      setPending((now) => (now?.requestId === r.value.pending?.requestId ? now : r.value.pending));
      timer ??= window.setInterval(() => void read(), POLL_MS);
    };
    const onChanged = () => void read();
    void read();
    window.addEventListener(AGENT_CHANGED_EVENT, onChanged);
    return () => {
      stopped = true;
      stopPolling();
      window.removeEventListener(AGENT_CHANGED_EVENT, onChanged);
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
