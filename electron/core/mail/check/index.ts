export { checkSignIn, type CheckOptions } from './run-check.ts';
export { classifyError, scrub } from './classify.ts';
export { CHECK_ADVICE } from './advice.ts';
