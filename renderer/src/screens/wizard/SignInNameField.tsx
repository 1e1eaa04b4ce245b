import { useId } from 'react';
import type { Provider } from '../../../../electron/contract/calls/providers.ts';
import { en } from '../../strings/en.ts';
import type { StepProps } from './wizard-context.ts';

/**
 * For providers whose sign-in name is not the address (iCloud+ custom domains: the Apple
 * Account's iCloud address), asks for it and puts it into both servers' user names.
 */
export function SignInNameField({ provider, state, dispatch }: { provider: Provider } & Pick<StepProps, 'state' | 'dispatch'>) {
  const id = useId();
  const ask = provider.signInName;
  if (ask === undefined || state.settings === null) return null;
  const value = state.settings.incoming.username === state.email.trim() ? '' : state.settings.incoming.username;
  const set = (username: string) => {
    const name = username.trim() === '' ? state.email.trim() : username.trim();
    dispatch({ type: 'server', which: 'incoming', patch: { username: name } });
    dispatch({ type: 'server', which: 'outgoing', patch: { username: name } });
  };
  return (
    <div className="field">
      <label htmlFor={id}>{ask.label}</label>
      <input id={id} className="input" type="email" autoComplete="username" placeholder={ask.placeholder} value={value} onChange={(e) => set(e.target.value)} data-testid="wizard-sign-in-name" />
      <span className="small muted">{en.wizard.signInNameHint}</span>
    </div>
  );
}
