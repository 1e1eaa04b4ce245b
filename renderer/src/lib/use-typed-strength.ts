import { useEffect, useRef, useState, type RefObject } from 'react';
import type { StrengthResult } from '../../../electron/contract/index.ts';
import { api } from '../api.ts';
import type { StrengthView } from '../components/StrengthMeter.tsx';

/**
 * A live strength figure for a password typed into an uncontrolled field: the core rates the field's
 * value 150 ms after the last key press. React state holds only the rating, never the password.
 */
export function useTypedStrength(field: RefObject<HTMLInputElement | null>): { view: StrengthView | null; onInput: () => void; clear: () => void } {
  const [strength, setStrength] = useState<StrengthResult | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const onInput = () => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const value = field.current?.value ?? '';
      if (!value) return setStrength(null);
      void api()
        .generator.strength({ password: value })
        .then((r) => r.ok && setStrength(r.value));
    }, 150);
  };
  const clear = () => {
    window.clearTimeout(timer.current);
    setStrength(null);
  };
  const view = strength ? { score: strength.score, warning: strength.feedback.warning, suggestions: strength.feedback.suggestions } : null;
  return { view, onInput, clear };
}
