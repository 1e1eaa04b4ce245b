import { en } from '../strings/en.ts';

export interface StrengthView {
  score: 0 | 1 | 2 | 3 | 4;
  /** The level's word when it is not zxcvbn's (a generated password is rated by its entropy). */
  levelWord?: string;
  warning?: string | null;
  suggestions?: readonly string[];
}

/** Five-segment meter with its level in words (colour is never the only signal). */
export function StrengthMeter({ strength, id }: { strength: StrengthView | null; id?: string }) {
  const level = strength ? (strength.levelWord ?? en.strength.levels[strength.score]) : null;
  return (
    <div className="stack" style={{ gap: 6 }} id={id}>
      <div
        className="meter"
        data-score={strength?.score ?? -1}
        role="meter"
        aria-label={en.strength.label}
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={strength?.score ?? 0}
        aria-valuetext={level ?? en.strength.empty}
      >
        <span /><span /><span /><span /><span />
      </div>
      <div className="small" aria-live="polite" data-testid="strength-words">
        {strength ? (
          <>
            <strong>{level}</strong>
            {strength.warning ? ` — ${strength.warning}` : ''}
            {strength.suggestions && strength.suggestions.length > 0 && <span className="muted"> {strength.suggestions.join(' ')}</span>}
          </>
        ) : (
          <span className="muted">{en.strength.empty}</span>
        )}
      </div>
    </div>
  );
}
