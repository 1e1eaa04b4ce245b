import type { AgentService } from '../../agent/index.ts';
import { AppError } from '../../errors/index.ts';
import type { HandlersOf } from '../handler-types.ts';
import type { Services } from '../services.ts';

function agentOf(services: Services): AgentService {
  if (!services.agent) throw new AppError('AGENT_UNAVAILABLE', 'This AppPass host has no agent for other programs.', { details: { reason: 'no-service' } });
  return services.agent;
}

/** agent.*: the `apppass get` agent inside the app: its setting, the caller waiting for approval, the answer. */
export function agentHandlers(services: Services): HandlersOf<'agent'> {
  return {
    'agent.status': async () => agentOf(services).status(),
    'agent.setEnabled': async ({ enabled }) => agentOf(services).setEnabled(enabled),
    'agent.answer': async ({ requestId, decision }) => agentOf(services).answer(requestId, decision),
    'agent.forget': async ({ caller, entryId }) => agentOf(services).forget(caller, entryId),
  };
}
