import { Icon } from '../components/index.ts';
import { en } from '../strings/en.ts';
import { SCREENS, SCREEN_ICONS, type ScreenId } from './screens.ts';

interface Props {
  current: ScreenId;
  onGo: (screen: ScreenId) => void;
  onLock: () => void;
  onAbout: () => void;
}

export function Nav({ current, onGo, onLock, onAbout }: Props) {
  return (
    <nav className="nav" aria-label={en.nav.label}>
      <div className="brand">
        <Icon name="logo" />
        <span>{en.appName}</span>
      </div>
      <ul>
        {SCREENS.map((screen) => (
          <li key={screen}>
            <button
              type="button"
              className="nav-item"
              aria-current={current === screen ? 'page' : undefined}
              onClick={() => onGo(screen)}
              data-testid={`nav-${screen}`}
              title={en.nav[screen]}
            >
              <Icon name={SCREEN_ICONS[screen]} />
              <span className="nav-text">{en.nav[screen]}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="nav-foot">
        <button type="button" className="nav-item" onClick={onAbout} title={en.nav.about} data-testid="nav-about">
          <Icon name="info" />
          <span className="nav-text">{en.nav.about}</span>
        </button>
        <button type="button" className="nav-item" onClick={onLock} title={en.nav.lockHint} data-testid="nav-lock">
          <Icon name="lock" />
          <span className="nav-text">{en.nav.lock}</span>
        </button>
      </div>
    </nav>
  );
}
