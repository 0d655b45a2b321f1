import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The global base first: the CSS a page's modules import comes after it and may refine it.
import '@/styles/global.css';
import { App } from '@/app';
import { loadInitialLang } from '@/lib/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// Someone who chose English gets its dictionary before the first paint; should it fail to load, Japanese stands in.
void loadInitialLang()
  .catch(() => undefined)
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
