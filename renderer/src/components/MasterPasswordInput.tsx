import { forwardRef, useState, type InputHTMLAttributes } from 'react';
import { en } from '../strings/en.ts';
import { Icon } from './Icon.tsx';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'type'>;

/**
 * An UNCONTROLLED password field: React never holds its value. Callers read `ref.current.value`
 * once, hand it to the core and set it to ''. Only the show/hide flag is state.
 */
export const MasterPasswordInput = forwardRef<HTMLInputElement, Props>(function MasterPasswordInput(props, ref) {
  const [shown, setShown] = useState(false);
  return (
    <div className="row" style={{ flexWrap: 'nowrap', gap: 6 }}>
      <input
        {...props}
        ref={ref}
        type={shown ? 'text' : 'password'}
        className="input"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="off"
      />
      <button
        type="button"
        className="btn icon"
        aria-label={shown ? en.common.hide : en.common.reveal}
        aria-pressed={shown}
        title={shown ? en.common.hide : en.common.reveal}
        onClick={() => setShown((s) => !s)}
      >
        <Icon name={shown ? 'eyeOff' : 'eye'} />
      </button>
    </div>
  );
});
