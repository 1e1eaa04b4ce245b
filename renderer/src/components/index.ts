export { Icon, type IconName } from './Icon.tsx';
export { Progress } from './Progress.tsx';
export { Dialog } from './Dialog.tsx';
export { ToastProvider, useToast, type ToastInput } from './Toasts.tsx';
export { StrengthMeter, type StrengthView } from './StrengthMeter.tsx';
export { ErrorNote } from './ErrorNote.tsx';
export { ProviderAvatar } from './ProviderAvatar.tsx';
export { MasterPasswordInput } from './MasterPasswordInput.tsx';
export { CopyField } from './CopyField.tsx';
