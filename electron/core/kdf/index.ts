export { deriveKey, KEY_BYTES, SALT_BYTES } from './derive-key.ts';
export { calibrateKdf, type CalibrateOptions } from './calibrate-kdf.ts';
export { checkKdfParams, isNotWeaker, strongerOf, KDF_LIMITS, KDF_FLOOR, KDF_RECOMMENDED_MIN, type KdfParams } from './kdf-params.ts';
export { argon2idJsonSchema, base64Text } from './kdf-json-schema.ts';
export { budgetSeconds, checkKdfCost, systemBudget, KDF_BUDGET_ENV, KDF_BUDGET_SECONDS_DEFAULT, type KdfBudget } from './kdf-budget.ts';
