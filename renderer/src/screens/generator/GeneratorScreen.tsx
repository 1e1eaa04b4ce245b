import { useCallback, useEffect, useId, useState } from 'react';
import type { ErrorPayload, GeneratorKind, EntropyStrength } from '../../../../electron/contract/index.ts';
import { api } from '../../api.ts';
import { ErrorNote, Icon, StrengthMeter, useToast } from '../../components/index.ts';
import { useDebounced } from '../../hooks/use-debounced.ts';
import { copySecret } from '../../lib/clipboard.ts';
import { en } from '../../strings/en.ts';
import { generatedStrength } from '../../strings/generated-strength.ts';
import { GENERATOR_LIMITS as LIMITS } from '../../../../electron/contract/limits.ts';
import { DEFAULT_FORM, toOptions, type GeneratorForm } from './generator-options.ts';

const KINDS: GeneratorKind[] = ['pin', 'alnum', 'pattern', 'passphrase'];

interface Props {
  /** Opens a new vault entry with this secret filled in. */
  onUseInEntry: (secret: string) => void;
}

/** The generator's last settings in this window (options only, no password). */
let rememberedForm: GeneratorForm = DEFAULT_FORM;

export function GeneratorScreen({ onUseInEntry }: Props) {
  const t = en.generator;
  const [form, setForm] = useState<GeneratorForm>(() => rememberedForm);
  // The kind and options (never a password) outlive the screen while the vault is open.
  useEffect(() => {
    rememberedForm = form;
  }, [form]);
  const [password, setPassword] = useState('');
  const [entropy, setEntropy] = useState<number | null>(null);
  // From the generator's exact entropy, not zxcvbn (which is for passwords people type).
  const [strength, setStrength] = useState<EntropyStrength | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [typeBackOn, setTypeBackOn] = useState(false);
  const [typedBack, setTypedBack] = useState('');
  const [round, setRound] = useState(0);
  const toast = useToast();
  const settled = useDebounced(form, 120);
  const ids = { kind: useId(), len: useId(), pattern: useId(), patternHelp: useId(), sep: useId(), words: useId(), back: useId() };

  useEffect(() => {
    let live = true;
    void api()
      .generator.generate(toOptions(settled))
      .then((r) => {
        if (!live) return;
        if (r.ok) {
          setPassword(r.value.passwords[0] ?? '');
          setEntropy(r.value.entropyBits);
          setStrength(r.value.strength);
          setError(null);
          setTypedBack('');
        } else {
          // Invalid options: no stale password stays on screen or copyable.
          setPassword('');
          setEntropy(null);
          setStrength(null);
          setError(r.error);
        }
      });
    return () => {
      live = false;
    };
  }, [settled, round]);


  // The shown password leaves state when the screen goes.
  useEffect(() => () => setPassword(''), []);

  const set = useCallback(<K extends keyof GeneratorForm>(key: K, value: GeneratorForm[K]) => setForm((f) => ({ ...f, [key]: value })), []);

  const copy = async () => {
    const done = await copySecret(password);
    toast({ message: done.ok ? en.vault.copiedToast(done.clearsInSeconds) : en.errorsGeneric.copyFailed });
  };

  const lengthControl = (key: 'pinLength' | 'alnumLength' | 'words', limits: { min: number; max: number }, label: string) => (
    <div className="field">
      <label htmlFor={ids.len}>
        {label}: <span data-testid="gen-length">{form[key]}</span>
      </label>
      <div className="row" style={{ flexWrap: 'nowrap' }}>
        <input id={ids.len} type="range" min={limits.min} max={limits.max} value={form[key]} onChange={(e) => set(key, Number(e.target.value))} />
        <input
          className="input"
          style={{ width: 80 }}
          type="number"
          aria-label={label}
          min={limits.min}
          max={limits.max}
          value={form[key]}
          onChange={(e) => {
            const n = Number(e.target.value);
            if (Number.isInteger(n)) set(key, Math.min(limits.max, Math.max(limits.min, n)));
          }}
        />
      </div>
    </div>
  );

  return (
    <section className="screen" aria-labelledby="generator-title">
      <div className="screen-head">
        <h1 id="generator-title" tabIndex={-1}>{t.title}</h1>
      </div>
      <div className="stack gen-controls">
        <fieldset className="field" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="field-label" style={{ marginBottom: 6 }}>{t.kind}</legend>
          <div className="segmented">
            {KINDS.map((kind) => (
              <label key={kind}>
                <input type="radio" name={ids.kind} value={kind} checked={form.kind === kind} onChange={() => set('kind', kind)} />
                <span>{t.kinds[kind]}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <div className="card stack">
          <div className="gen-output">
            <output data-testid="generated" aria-label={t.result} aria-live="polite">
              {password}
            </output>
            <div className="row">
              <button type="button" className="btn" onClick={() => setRound((n) => n + 1)} aria-label={t.regenerate} title={t.regenerate}>
                <Icon name="refresh" />
              </button>
              <button type="button" className="btn primary" onClick={() => void copy()} disabled={!password}>
                <Icon name="copy" /> {en.common.copy}
              </button>
            </div>
          </div>
          <div className="row small">
            <span data-testid="entropy">{entropy !== null ? t.entropy(entropy) : ''}</span>
          </div>
          <StrengthMeter strength={strength ? { score: strength.score, levelWord: generatedStrength.levels[strength.score], warning: generatedStrength.uses[strength.score] } : null} />
        </div>

        <ErrorNote error={error} />

        {form.kind === 'pin' && lengthControl('pinLength', LIMITS.pin, t.length)}
        {form.kind === 'alnum' && (
          <>
            {lengthControl('alnumLength', LIMITS.alnum, t.length)}
            <div className="grid-2">
              {(['lower', 'upper', 'digits', 'symbols', 'excludeLookalikes'] as const).map((key) => (
                <label className="check" key={key}>
                  <input type="checkbox" checked={form[key]} onChange={(e) => set(key, e.target.checked)} />
                  {key === 'excludeLookalikes' ? t.lookalikes : t[key]}
                </label>
              ))}
            </div>
          </>
        )}
        {form.kind === 'pattern' && (
          <div className="field">
            <label htmlFor={ids.pattern}>{t.pattern}</label>
            <input
              id={ids.pattern}
              className="input mono"
              value={form.pattern}
              maxLength={LIMITS.patternMax}
              aria-describedby={ids.patternHelp}
              aria-invalid={error?.code === 'PATTERN_INVALID'}
              spellCheck={false}
              onChange={(e) => set('pattern', e.target.value)}
            />
            <span className="hint" id={ids.patternHelp}>{t.patternHelp}</span>
          </div>
        )}
        {form.kind === 'passphrase' && (
          <>
            {lengthControl('words', LIMITS.passphrase, t.words)}
            <div className="grid-2">
              <div className="field">
                <label htmlFor={ids.sep}>{t.separator}</label>
                <input id={ids.sep} className="input mono" value={form.separator} maxLength={LIMITS.separatorMax} onChange={(e) => set('separator', e.target.value)} />
              </div>
              <label className="check">
                <input type="checkbox" checked={form.capitalize} onChange={(e) => set('capitalize', e.target.checked)} />
                {t.capitalize}
              </label>
            </div>
          </>
        )}

        <div className="row">
          <button type="button" className="btn" onClick={() => onUseInEntry(password)} disabled={!password}>
            <Icon name="plus" /> {t.useInEntry}
          </button>
          <label className="check">
            <input type="checkbox" checked={typeBackOn} onChange={(e) => setTypeBackOn(e.target.checked)} />
            {t.typeBack}
          </label>
        </div>
        {typeBackOn && (
          <div className="field">
            <label htmlFor={ids.back}>{t.typeBackLabel}</label>
            <input id={ids.back} className="input mono" autoComplete="off" spellCheck={false} value={typedBack} onChange={(e) => setTypedBack(e.target.value)} />
            {typedBack && (
              <span className={typedBack === password ? 'small' : 'small muted'} role="status" style={typedBack === password ? { color: 'var(--success)' } : undefined}>
                {typedBack === password ? t.typeBackOk : t.typeBackNo}
              </span>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
