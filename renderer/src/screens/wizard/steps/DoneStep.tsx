import { en } from '../../../strings/en.ts';
import type { StepProps } from '../wizard-context.ts';

export function DoneStep({ state, onOpenVault }: StepProps & { onOpenVault: () => void }) {
  const t = en.wizard;
  return (
    <div className="stack">
      <div className="notice success" role="status" data-testid="wizard-done">
        <h3>{t.doneTitle}</h3>
        <p>{t.doneText}</p>
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
