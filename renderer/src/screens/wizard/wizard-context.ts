import type { Dispatch } from 'react';
import type { Provider } from '../../../../electron/contract/calls/providers.ts';
import type { WizardAction, WizardState } from './wizard-state.ts';

/** What every wizard step gets. */
export interface StepProps {
  state: WizardState;
  dispatch: Dispatch<WizardAction>;
  providers: readonly Provider[];
}
