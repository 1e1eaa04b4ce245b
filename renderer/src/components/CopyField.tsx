import { copyText } from '../lib/clipboard.ts';
import { en } from '../strings/en.ts';
import { Icon } from './Icon.tsx';
import { useToast } from './Toasts.tsx';

/** A labelled value with its own copy button. */
export function CopyField({ label, value, copyLabel }: { label: string; value: string; /** The button's name when `label` alone is not unique on the page. */ copyLabel?: string }) {
  const toast = useToast();
  return (
    <>
      <dt>{label}</dt>
      <dd className="value-row">
        <code>{value}</code>
        <button
          type="button"
          className="btn ghost icon"
          aria-label={en.common.copyValue(copyLabel ?? label)}
          title={en.common.copyValue(copyLabel ?? label)}
          onClick={() => void copyText(value).then((ok) => toast({ message: ok ? en.common.copied : en.errorsGeneric.copyFailed }))}
        >
          <Icon name="copy" />
        </button>
      </dd>
    </>
  );
}
