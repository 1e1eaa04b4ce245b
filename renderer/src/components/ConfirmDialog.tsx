import { Dialog } from './Dialog.tsx';
import { en } from '../strings/en.ts';

interface Props {
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId: string;
}

/** Asks before something that cannot be taken back; the safe choice (Cancel) has the focus. */
export function ConfirmDialog({ title, message, confirmLabel, danger = false, onConfirm, onCancel, testId }: Props) {
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      testId={testId}
      footer={
        <>
          <button type="button" className="btn" onClick={onCancel} data-autofocus data-testid={`${testId}-cancel`}>
            {en.common.cancel}
          </button>
          <button type="button" className={`btn ${danger ? 'danger' : 'primary'}`} onClick={onConfirm} data-testid={`${testId}-confirm`}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <p style={{ margin: 0 }}>{message}</p>
    </Dialog>
  );
}
