// Renderer entry: one React root over the platform the host provides (Electron preload or browser).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getPlatform } from './platform';
import { App } from './app/App';
import './app/app.css';
import './page/page.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App platform={getPlatform()} />
    </StrictMode>,
  );
}
