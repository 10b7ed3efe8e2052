import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The demo helpdesk page: a static single-page app in demo/dist, served by `npm start` and the end-to-end tests. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'helpdesk'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    // Readable output: the page is a test fixture as much as a demo.
    minify: false,
    sourcemap: true,
  },
});
