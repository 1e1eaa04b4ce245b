import { generate } from '../../generator/index.ts';
import { estimateStrength } from '../../strength/index.ts';
import { checkAppPassword } from '../../provider-formats/index.ts';
import type { HandlersOf } from '../handler-types.ts';

/** Generator calls need no services: no vault, no network. Inputs are secrets; nothing is logged. */
export function generatorHandlers(): HandlersOf<'generator'> {
  return {
    'generator.generate': async (options) => generate(options),
    'generator.strength': async ({ password }) => estimateStrength(password),
    'generator.checkAppPassword': async ({ providerId, pasted }) => checkAppPassword(providerId, pasted),
  };
}
