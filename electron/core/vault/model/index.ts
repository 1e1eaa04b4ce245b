export { bodySchema, type VaultBody } from './body.ts';
