export { checkSignIn, classifyError, scrub, CHECK_ADVICE, type CheckOptions } from './check/index.ts';
export { makeProfile, profileFor, guideFor, PASSWORD_WARNING } from './profiles/index.ts';
export type { TestMailOverrides } from './test-mail-overrides.ts';
