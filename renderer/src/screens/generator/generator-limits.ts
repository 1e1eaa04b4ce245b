/**
 * The generator's limits as the UI shows them. They mirror GENERATOR_LIMITS in the contract (the
 * renderer may import contract types only, not values); the core enforces the real ones, and
 * tests/unit/renderer checks the two agree.
 */
export const GENERATOR_LIMITS_VIEW = {
  pin: { min: 4, max: 12, default: 6 },
  alnum: { min: 8, max: 128, default: 20 },
  passphrase: { min: 3, max: 20, default: 6 },
  separatorMax: 8,
  patternMax: 1024,
} as const;
