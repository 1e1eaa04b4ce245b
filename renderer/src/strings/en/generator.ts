/** The words of the UI: generator. Part of `en` (../en.ts); nothing here ever receives a secret. */

export const generator = {
  title: 'Generator',
  kind: 'Kind',
  kinds: { pin: 'PIN', alnum: 'Letters and digits', pattern: 'Pattern', passphrase: 'Passphrase' } as const,
  length: 'Length',
  words: 'Words',
  separator: 'Separator',
  capitalize: 'Capitalise words',
  lower: 'Lower-case (a–z)',
  upper: 'Upper-case (A–Z)',
  digits: 'Digits (0–9)',
  symbols: 'Symbols (!@#…)',
  lookalikes: 'Leave out look-alikes (l I 1 O 0 …)',
  pattern: 'Pattern',
  patternHelp:
    'l lower, u upper, d digit, s symbol, a lower+digit, A letter+digit; {n} repeats what comes before it. [dh] picks one character from the placeholders inside: letters in a set are placeholders too, so [abc] means a, b or c as placeholders; write [\\a\\b\\c] for the letters themselves. \\ makes the next character literal. Example: l{4}\\-l{4}\\-l{4}',
  result: 'Generated password',
  regenerate: 'Generate again',
  entropy: (bits: number) => `${bits.toFixed(1)} bits of entropy`,
  useInEntry: 'Use in a new entry',
  typeBack: 'Type it back to check you can',
  typeBackLabel: 'Type the password back',
  typeBackOk: 'It matches.',
  typeBackNo: 'Not the same yet.',
} as const;
