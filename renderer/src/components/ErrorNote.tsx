import type { ErrorCode, ErrorPayload } from '../../../electron/contract/index.ts';
import { errorWords } from '../strings/en.ts';

/** An error in words: the code's title and advice; the core's message as detail when it adds something. */
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
  const words = overrides?.[error.code] ?? errorWords[error.code] ?? errorWords.INTERNAL;
  return (
    <div className="notice error" role="alert" data-testid={testId ?? 'error'} data-code={error.code}>
      <p>
        <strong>{words.title}.</strong> {words.advice}
      </p>
      {error.message && error.message !== words.title && <p className="small muted">{error.message}</p>}
    </div>
  );
}
