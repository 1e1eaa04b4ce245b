/** Words for a generated password's strength, by its entropy level (core/generator/strength-from-entropy.ts). */
export const generatedStrength = {
  levels: ['Weak', 'Fair', 'Good', 'Strong', 'Very strong'],
  uses: [
    'only where the server locks after a few wrong tries, like a device PIN',
    'fine for an app password that servers rate-limit; too weak for a master password',
    'good for an app password; too short for a master password or an encrypted file',
    'strong enough for a master password or an encrypted file',
    'far beyond what guessing can reach',
  ],
} as const;
