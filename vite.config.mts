// The renderer build: one Vite config for the web mode (`npm run web`), Playwright and Electron
// (which loads dist/renderer/index.html from disk, hence the relative base).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Electron and Chromium load ES modules; a single entry plus lazily loaded feature panels.
    chunkSizeWarningLimit: 1200,
  },
  preview: { port: 5173, strictPort: true },
  server: { port: 5173, strictPort: true },
});
