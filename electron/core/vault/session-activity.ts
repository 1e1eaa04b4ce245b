import type { ActivityEvent } from '../../contract/calls/vault.ts';
import type { SessionState } from './session-state.ts';

/** The activity log of a session (SessionState.log appends to it; it never holds a secret). */

export function activityOf(s: SessionState): ActivityEvent[] {
  s.key();
  return s.body.activity.map((e) => ({ ...e }));
}

/** Records that the agent gave a field of entry `id` to `caller` (the program, never the value). */
export function markServed(s: SessionState, id: string, caller: string, sameCaller: (previous: string) => boolean = (previous) => previous === caller): void {
  s.entry(id);
  // A mail tool polling every minute must not push everything else out of the log: answers in a
  // row to the same caller for the same entry become one event with a count.
  const last = s.body.activity.at(-1);
  if (last?.action === 'served' && last.entryId === id && last.caller !== undefined && sameCaller(last.caller)) {
    last.at = s.stamp();
    last.caller = caller;
    last.count = Math.min((last.count ?? 1) + 1, 1_000_000_000);
    s.dirty = true;
    return;
  }
  s.log('served', id, caller);
}
