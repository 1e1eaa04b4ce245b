import { useEffect, useRef, useState, type Dispatch, type ReactNode } from 'react';
import type { Provider } from '../../../../electron/contract/calls/providers.ts';
import { api } from '../../api.ts';
import { Icon } from '../../components/index.ts';
import { en } from '../../strings/en.ts';
import { lc } from '../../strings/lifecycle.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { AddressStep } from './steps/AddressStep.tsx';
import { ChecklistStep } from './steps/ChecklistStep.tsx';
import { ClientStep } from './steps/ClientStep.tsx';
import { CreateStep } from './steps/CreateStep.tsx';
import { DoneStep } from './steps/DoneStep.tsx';
import { PasteStep } from './steps/PasteStep.tsx';
import { SaveStep } from './steps/SaveStep.tsx';
import { TestStep } from './steps/TestStep.tsx';
import type { StepProps } from './wizard-context.ts';
import { NoAppPasswordFork } from './NoAppPasswordFork.tsx';
import { appPasswordsCannotWork, canAdvance, LAST_STEP, WIZARD_STEPS, type WizardAction, type WizardState } from './wizard-state.ts';

interface Props {
  /** Kept by the shell, so leaving the wizard for another screen loses nothing either. */
  state: WizardState;
  dispatch: Dispatch<WizardAction>;
  onOpenVault: () => void;
}

export function WizardScreen({ state, dispatch, onOpenVault }: Props) {
  const t = en.wizard;
  const [providers, setProviders] = useState<Provider[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const [confirmReset, setConfirmReset] = useState(false);
  const unsaved = state.secret.trim() !== '' && state.savedId === null;

  // Opening the wizard at its start puts the cursor in the address field (after the shell focuses the title).
  useEffect(() => {
    if (state.step === 0) window.requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="wizard-email"]')?.focus());
  }, []);

  const startOver = () => {
    if (unsaved) setConfirmReset(true);
    else dispatch({ type: 'reset' });
  };

  /** Enter in a field moves to the next step when it can (as in Thunderbird's wizard). */
  const onKeyDown = (event: React.KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || event.defaultPrevented || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
    if (target.tagName !== 'INPUT' || ['checkbox', 'radio', 'button', 'submit'].includes((target as HTMLInputElement).type)) return;
    if (step === 'address' && !canAdvance(state)) return; // the address step's own Enter finds the provider
    if (!canAdvance(state) || state.step >= LAST_STEP) return;
    event.preventDefault();
    dispatch({ type: 'next' });
  };

  useEffect(() => {
    void api()
      .providers.list()
      .then((r) => r.ok && setProviders(r.value.providers));
  }, []);

  // Each step change moves focus to the step's heading, so keyboard and screen-reader users follow.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [state.step]);

  const props: StepProps = { state, dispatch, providers };
  const step = WIZARD_STEPS[state.step];
  const bodies: Record<(typeof WIZARD_STEPS)[number], ReactNode> = {
    address: <AddressStep {...props} />,
    checklist: appPasswordsCannotWork(state.provider) ? <NoAppPasswordFork {...props} onStartOver={startOver} /> : <ChecklistStep {...props} />,
    create: <CreateStep {...props} />,
    paste: <PasteStep {...props} />,
    test: <TestStep {...props} />,
    save: <SaveStep {...props} />,
    client: <ClientStep {...props} />,
    done: <DoneStep {...props} onOpenVault={onOpenVault} />,
  };
  const backDisabled = state.step === 0 || (state.savedId !== null && state.step <= WIZARD_STEPS.indexOf('client'));

  return (
    <section className="screen" aria-labelledby="wizard-title">
      <div className="screen-head">
        <h1 id="wizard-title" tabIndex={-1}>{t.title}</h1>
        {state.step > 0 && (
          <button type="button" className="btn ghost small" onClick={startOver} data-testid="wizard-reset">
            {lc.wizard.startOver}
          </button>
        )}
      </div>
      <div className="wizard stack">
        <ol className="stepper" aria-label={t.stepOf(state.step + 1, WIZARD_STEPS.length)}>
          {t.steps.map((name, i) => (
            <li key={name} aria-current={i === state.step ? 'step' : undefined} className={i < state.step ? 'done' : undefined}>
              <span className="n" aria-hidden="true">{i < state.step ? '✓' : i + 1}</span>
              <span className="label">{name}</span>
            </li>
          ))}
        </ol>
        <div className="card stack" data-testid={`wizard-step-${step}`} onKeyDown={onKeyDown}>
          <h2 ref={headingRef} tabIndex={-1} style={{ margin: 0 }}>
            <span className="muted small" style={{ display: 'block', fontWeight: 500 }}>{t.stepOf(state.step + 1, WIZARD_STEPS.length)}</span>
            {t.steps[state.step]}
          </h2>
          {step && bodies[step]}
        </div>
        {state.step < LAST_STEP && (
          <div className="wizard-foot">
            <button type="button" className="btn" onClick={() => dispatch({ type: 'back' })} disabled={backDisabled} data-testid="wizard-back">
              <Icon name="back" /> {en.common.back}
            </button>
            <button type="button" className="btn primary" onClick={() => dispatch({ type: 'next' })} disabled={!canAdvance(state)} data-testid="wizard-next">
              {en.common.next}
            </button>
          </div>
        )}
      </div>
      {confirmReset && (
        <ConfirmDialog
          title={lc.wizard.discardTitle}
          message={lc.wizard.discardText}
          confirmLabel={lc.wizard.discard}
          danger
          onConfirm={() => {
            setConfirmReset(false);
            dispatch({ type: 'reset' });
          }}
          onCancel={() => setConfirmReset(false)}
          testId="confirm-discard"
        />
      )}
    </section>
  );
}
