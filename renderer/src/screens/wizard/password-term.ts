import type { Provider } from '../../../../electron/contract/calls/providers.ts';
import { en } from '../../strings/en.ts';

/** The provider's own name for the separate password ("authorization code", "Secure Mail Key"), else "app password". */
export function passwordTerm(provider: Provider | null | undefined): string {
  return provider?.appPasswords.passwordName ?? en.wizard.defaultTerm;
}
