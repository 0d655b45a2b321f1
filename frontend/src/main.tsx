import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The global base first: the CSS a page's modules import comes after it and may refine it.
import '@/styles/global.css';
import { App } from '@/app';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
