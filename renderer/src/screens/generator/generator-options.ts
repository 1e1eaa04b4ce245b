import { GENERATOR_LIMITS } from '../../../../electron/contract/limits.ts';
import type { GeneratorKind, GeneratorOptions } from '../../../../electron/contract/index.ts';

/** Everything the generator form holds; turned into the contract's options by `toOptions`. */
export interface GeneratorForm {
  kind: GeneratorKind;
  pinLength: number;
  alnumLength: number;
  lower: boolean;
  upper: boolean;
  digits: boolean;
  symbols: boolean;
  excludeLookalikes: boolean;
  pattern: string;
  words: number;
  separator: string;
  capitalize: boolean;
}

export const DEFAULT_FORM: GeneratorForm = {
  kind: 'alnum',
  pinLength: GENERATOR_LIMITS.pin.default,
  alnumLength: GENERATOR_LIMITS.alnum.default,
  lower: true,
  upper: true,
  digits: true,
  symbols: false,
  excludeLookalikes: false,
  pattern: 'l{4}\\-l{4}\\-l{4}\\-l{4}',
  words: GENERATOR_LIMITS.passphrase.default,
  separator: '-',
  capitalize: false,
};

export function toOptions(form: GeneratorForm): GeneratorOptions {
  switch (form.kind) {
    case 'pin':
      return { kind: 'pin', length: form.pinLength };
    case 'alnum':
      return {
        kind: 'alnum',
        length: form.alnumLength,
        lower: form.lower,
        upper: form.upper,
        digits: form.digits,
        symbols: form.symbols,
        excludeLookalikes: form.excludeLookalikes,
      };
    case 'pattern':
      return { kind: 'pattern', pattern: form.pattern };
    case 'passphrase':
      return { kind: 'passphrase', words: form.words, separator: form.separator, capitalize: form.capitalize };
  }
}
