import type { BenchSection } from '../section.ts';
import { generatorSection } from './generator.ts';
import { vaultSection } from './vault.ts';
import { keychainSection } from './keychain.ts';
import { interopSection } from './interop.ts';
import { syncSection } from './sync.ts';
import { agentSection } from './agent.ts';
import { startupSection } from './startup.ts';

/** Every benchmark section, in the order they appear in docs/benchmarks.md. Add yours here. */
export const SECTIONS: BenchSection[] = [
  generatorSection,
  vaultSection,
  syncSection,
  keychainSection,
  interopSection,
  agentSection,
  startupSection,
];
