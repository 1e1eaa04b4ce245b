import { useCallback, useRef, useState } from 'react';
import { GeneratorScreen } from '../screens/generator/GeneratorScreen.tsx';
import { Nav } from './Nav.tsx';
import { AboutDialog } from './AboutDialog.tsx';
import { useShortcuts } from './use-shortcuts.ts';
import type { ScreenId } from './screens.ts';

interface Props {
  onLock: () => void;
}

/** The unlocked app: left nav and the current screen. */
export function Shell({ onLock }: Props) {
  const [screen, setScreen] = useState<ScreenId>('vault');
  const [about, setAbout] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const mainRef = useRef<HTMLElement>(null);

  const go = useCallback((next: ScreenId) => {
    setScreen(next);
    // Move focus to the new screen's heading region so keyboard users land in it.
    window.requestAnimationFrame(() => mainRef.current?.querySelector<HTMLElement>('h1')?.focus());
  }, []);

  useShortcuts({
    search: () => {
      setScreen('vault');
      window.requestAnimationFrame(() => searchRef.current?.focus());
    },
    lock: onLock,
  });

  return (
    <div className="shell">
      <Nav current={screen} onGo={go} onLock={onLock} onAbout={() => setAbout(true)} />
      <main className="main" ref={mainRef}>
        {screen === 'generator' && <GeneratorScreen onUseInEntry={() => go('vault')} />}
        {screen !== 'generator' && <section className="screen"><h1 tabIndex={-1}>{screen}</h1></section>}
      </main>
      {about && <AboutDialog onClose={() => setAbout(false)} />}
    </div>
  );
}
