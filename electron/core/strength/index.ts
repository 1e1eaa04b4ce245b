export { estimateStrength, STRENGTH_MAX_LENGTH } from './estimate-strength.ts';
