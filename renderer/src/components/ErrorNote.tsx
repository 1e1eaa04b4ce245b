import type { ErrorCode, ErrorPayload } from '../../../electron/contract/index.ts';
import { errorWords, reasonWords } from '../strings/en.ts';
import { lc } from '../strings/lifecycle.ts';

/** Codes whose words already say all the core's message says (it would only repeat them). */
const SAID_BY_THE_WORDS: ReadonlySet<ErrorCode> = new Set(['WRONG_PASSWORD', 'LOCKED']);

/** An error in words: the code's title and advice; the core's own message behind a "Details" toggle (never developer wording up front). */
export function ErrorNote({
  error,
  testId,
  words: overrides,
}: {
  error: ErrorPayload | null;
  testId?: string;
  /** Words for some codes that fit this place better than the general ones. */
  words?: Partial<Record<ErrorCode, { title: string; advice: string }>>;
}) {
  if (!error) return null;
  const reason = error.details?.['reason'];
  const words = (typeof reason === 'string' ? reasonWords[reason] : undefined) ?? overrides?.[error.code] ?? errorWords[error.code] ?? errorWords.INTERNAL;
  return (
    <div className="notice error" role="alert" data-testid={testId ?? 'error'} data-code={error.code}>
      <p>
        <strong>{words.title}.</strong> {words.advice}
      </p>
      {error.message && error.message !== words.title && !SAID_BY_THE_WORDS.has(error.code) && (
        <details className="small muted">
          <summary>{lc.test.details}</summary>
          {error.message}
        </details>
      )}
    </div>
  );
}
