import type { z } from 'zod';

/**
 * One contract call: the zod schema its input must satisfy (checked in the main process before
 * any handler runs) and, at type level only, the shape of its result.
 */
export interface CallSpec<I extends z.ZodType = z.ZodType, R = unknown> {
  readonly input: I;
  /** Type-level marker for the result; never set at run time. */
  readonly result?: R;
}

/** `call<ResultType>()(inputSchema)` — curried so the result type can be given explicitly. */
export function call<R>() {
  return <I extends z.ZodType>(input: I): CallSpec<I, R> => ({ input });
}
