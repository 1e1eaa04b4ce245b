import { useState } from 'react';
import { Icon } from '../components/index.ts';
import { en } from '../strings/en.ts';
import { AboutDialog } from './AboutDialog.tsx';

/** "About" on the first-run and unlock cards, so version and vault path are reachable while locked. */
export function AboutButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn ghost small" style={{ alignSelf: 'flex-start' }} onClick={() => setOpen(true)} data-testid="nav-about">
        <Icon name="info" /> {en.nav.about}
      </button>
      {open && <AboutDialog onClose={() => setOpen(false)} />}
    </>
  );
}
