import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { QuickSearch } from './quick-search/QuickSearch.tsx';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/layout.css';
import './styles/screens.css';
import './quick-search/quick-search.css';

const root = document.getElementById('root');
// The quick-search popup is the same renderer on its own route (electron/main/security/window-options.ts).
const isQuickSearch = window.location.hash === '#/quick-search';
if (root) createRoot(root).render(<StrictMode>{isQuickSearch ? <QuickSearch /> : <App />}</StrictMode>);
