import { ToastProvider } from './components/index.ts';
import { Shell } from './shell/Shell.tsx';

export function App() {
  return (
    <ToastProvider>
      <Shell onLock={() => undefined} />
    </ToastProvider>
  );
}
