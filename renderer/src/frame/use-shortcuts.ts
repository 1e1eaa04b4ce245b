import { useEffect, useRef } from 'react';

export interface Shortcuts {
  /** Ctrl/Cmd+F */
  search?: () => void;
  /** Ctrl/Cmd+L */
  lock?: () => void;
}

/** App-wide keyboard shortcuts; Ctrl on Linux/Windows, Cmd on macOS. */
export function useShortcuts(shortcuts: Shortcuts): void {
  const ref = useRef(shortcuts);
  ref.current = shortcuts;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      const run = key === 'f' ? ref.current.search : key === 'l' ? ref.current.lock : undefined;
      if (run) {
        event.preventDefault();
        run();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
