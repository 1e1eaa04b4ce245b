import { en } from '../../../strings/en.ts';
import { lc } from '../../../strings/lifecycle.ts';
import type { StepProps } from '../wizard-context.ts';
import { testOutcome } from '../wizard-state.ts';

const WORDS = {
  ok: { tone: 'success', title: lc.wizard.doneOk, text: lc.wizard.doneOkText },
  untested: { tone: 'warning', title: lc.wizard.doneUntested, text: lc.wizard.doneUntestedText },
  failed: { tone: 'error', title: lc.wizard.doneFailed, text: lc.wizard.doneFailedText },
} as const;

export function DoneStep({ state, onOpenVault }: StepProps & { onOpenVault: () => void }) {
  const t = en.wizard;
  const outcome = testOutcome(state.test);
  const words = WORDS[outcome];
  return (
    <div className="stack">
      <div className={`notice ${words.tone}`} role="status" data-testid="wizard-done" data-outcome={outcome}>
        <h3>{words.title}</h3>
        <p>{words.text}</p>
        {state.label && <p className="small">{t.savedAs(state.label)}</p>}
      </div>
      <div className="row">
        <button type="button" className="btn primary" onClick={onOpenVault} data-testid="wizard-open-vault">
          {t.openVault}
        </button>
      </div>
    </div>
  );
}
