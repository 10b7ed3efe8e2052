import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The dashboard is a static app the backend serves from dashboard/dist. Relative asset URLs (base './') let the
// backend mount it under any path, and the app routes by hash, so no server-side routing is needed.
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  // The engine (lib/coach) is shared with the extension; it resolves from the repository root.
  resolve: { alias: { '@': fileURLToPath(new URL('..', import.meta.url)) } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The engine and its NLP lexicon are large by nature; one chunk for them is expected, not a regression.
    chunkSizeWarningLimit: 2_000,
  },
  server: { port: 8801, strictPort: true },
});
