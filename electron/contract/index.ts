import type { z } from 'zod';
import type { CallSpec } from './define-call.ts';
import type { Result } from './result.ts';
import { appCalls } from './calls/app.ts';
import { generatorCalls } from './calls/generator.ts';
import { providersCalls } from './calls/providers.ts';
import { mailCalls } from './calls/mail.ts';
import { clipboardCalls } from './calls/clipboard.ts';
import { shellCalls } from './calls/shell.ts';
import { vaultCalls } from './calls/vault.ts';
import { interopCalls } from './calls/interop.ts';
import { keychainCalls } from './calls/keychain.ts';
import { lifecycleCalls, trashCalls } from './calls/lifecycle.ts';
import { agentCalls } from './calls/agent.ts';
import { syncCalls } from './calls/sync.ts';

/**
 * The whole API between the renderer and the main process. Each area adds its calls in
 * `calls/<area>.ts` and spreads them in here; names are `namespace.method`.
 */
export const contract = {
  ...appCalls,
  ...generatorCalls,
  ...providersCalls,
  ...mailCalls,
  ...clipboardCalls,
  ...shellCalls,
  ...vaultCalls,
  ...interopCalls,
  ...keychainCalls,
  ...lifecycleCalls,
  ...trashCalls,
  ...agentCalls,
  ...syncCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract & string;
export type InputOf<N extends CallName> = z.input<Contract[N]['input']>;
export type ParsedInputOf<N extends CallName> = z.output<Contract[N]['input']>;
export type ResultOf<N extends CallName> = Contract[N] extends CallSpec<z.ZodType, infer R> ? R : never;

export const CALL_NAMES = Object.keys(contract) as CallName[];

type Namespace = CallName extends infer N ? (N extends `${infer NS}.${string}` ? NS : never) : never;
type ArgsOf<N extends CallName> = undefined extends InputOf<N> ? [input?: InputOf<N>] : [input: InputOf<N>];

/** The shape of `window.apppass`: `apppass.app.info()`, one function per contract call. */
export type ApppassApi = {
  readonly [NS in Namespace]: {
    readonly [N in CallName as N extends `${NS}.${infer M}` ? M : never]: (...args: ArgsOf<N>) => Promise<Result<ResultOf<N>>>;
  };
};

export type { Result, ErrorPayload } from './result.ts';
export type { ErrorCode } from './error-codes.ts';
export * from './limits.ts';
export * from './calls/app.ts';
export * from './calls/generator.ts';
export * from './calls/providers.ts';
export * from './calls/mail.ts';
export * from './calls/clipboard.ts';
export * from './calls/sync.ts';
export * from './calls/shell.ts';
export * from './calls/vault.ts';
export * from './calls/interop.ts';
export * from './calls/keychain.ts';
export * from './calls/lifecycle.ts';
export * from './calls/agent.ts';
