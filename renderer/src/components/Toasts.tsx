import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

export interface ToastInput {
  message: string;
  action?: { label: string; run: () => void };
  /** How long it stays, in ms; default 5 s, 8 s with an action. */
  duration?: number;
}
interface Toast extends ToastInput {
  id: number;
  /** Milliseconds left on screen; counts down only while the toasts are not hovered or focused. */
  left: number;
}

const TICK_MS = 250;

const ToastContext = createContext<(toast: ToastInput) => void>(() => undefined);

/** Short messages at the bottom; an optional action (Undo) is a real, focusable button; hovering or focusing them pauses their time. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const [paused, setPaused] = useState(false);
  const show = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    setToasts((all) => [...all.slice(-2), { ...toast, id, left: toast.duration ?? (toast.action ? 8000 : 5000) }]);
  }, []);
  // Time runs out only while the pointer and the focus are elsewhere (an Undo is never pulled away mid-reach).
  const running = toasts.length > 0 && !paused;
  useEffect(() => {
    if (toasts.length === 0) setPaused(false); // the hovered or focused toast went away
  }, [toasts.length]);
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setToasts((all) => all.map((t) => ({ ...t, left: t.left - TICK_MS })).filter((t) => t.left > 0)), TICK_MS);
    return () => window.clearInterval(timer);
  }, [running]);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div
        className="toasts"
        role="status"
        aria-live="polite"
        onMouseEnter={() => setPaused(true)}
        onMouseLeave={() => setPaused(false)}
        onFocus={() => setPaused(true)}
        onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setPaused(false)}
      >
        {toasts.map((t) => (
          <div className="toast" key={t.id} data-testid="toast">
            <span className="msg">{t.message}</span>
            {t.action && (
              <button
                type="button"
                className="btn small"
                onClick={() => {
                  dismiss(t.id);
                  t.action?.run();
                }}
              >
                {t.action.label}
              </button>
            )}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): (toast: ToastInput) => void {
  return useContext(ToastContext);
}
