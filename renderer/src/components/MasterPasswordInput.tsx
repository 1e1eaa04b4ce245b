import { forwardRef, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { lc } from '../strings/lifecycle.ts';
import { en } from '../strings/en.ts';
import { Icon } from './Icon.tsx';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'type'>;

/**
 * An UNCONTROLLED password field: React never holds its value. Callers read `ref.current.value`
 * once, hand it to the core and set it to ''. Only the show/hide flag is state.
 */
export const MasterPasswordInput = forwardRef<HTMLInputElement, Props>(function MasterPasswordInput(props, ref) {
  const [shown, setShown] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  const watchCaps = (event: KeyboardEvent<HTMLInputElement>) => setCapsLock(event.getModifierState('CapsLock'));
  return (
    <div className="stack" style={{ gap: 4 }}>
      <div className="row" style={{ flexWrap: 'nowrap', gap: 6 }}>
        <input
          {...props}
          ref={ref}
          onKeyDown={(event) => {
            watchCaps(event);
            props.onKeyDown?.(event);
          }}
          onKeyUp={(event) => {
            watchCaps(event);
            props.onKeyUp?.(event);
          }}
          onBlur={(event) => {
            setCapsLock(false);
            props.onBlur?.(event);
          }}
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
      {capsLock && (
        <span className="small" role="status" data-testid="caps-lock-on">
          <Icon name="alert" /> {lc.capsLockOn}
        </span>
      )}
    </div>
  );
});
