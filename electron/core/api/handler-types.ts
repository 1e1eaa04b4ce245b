import type { CallName, ParsedInputOf, ResultOf } from '../../contract/index.ts';

/** A handler receives input already parsed by the call's zod schema. */
export type Handler<N extends CallName> = (input: ParsedInputOf<N>) => Promise<ResultOf<N>>;

/** The complete handler table: one handler per contract call, checked by the compiler. */
export type Handlers = { [N in CallName]: Handler<N> };

/** The handlers of the calls whose names start with `${NS}.`. */
export type HandlersOf<NS extends string> = { [N in CallName as N extends `${NS}.${string}` ? N : never]: Handler<N> };
