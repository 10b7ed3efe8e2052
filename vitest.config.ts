import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { ruleLessons } from './scripts/vite-plugins.ts';
import { preactAliases } from './scripts/preact-aliases.ts';

// Four projects: pure logic on Node, the extension's components on happy-dom (with Preact), the dashboard's (with
// React), and real-Chromium specs (*.spec.ts),
// which run one file at a time because each launches a browser and this machine has two cores.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest(), ruleLessons()],
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        plugins: [WxtVitest(), ruleLessons()],
        // The extension's components render with preact/compat, as in its build. Testing Library is run through
        // Vite (not loaded by Node) so that its `react` imports take the aliases too, from its ES module build: its
        // package has no exports map, and the CommonJS `main` would reach React through Node's require.
        resolve: {
          alias: [
            ...preactAliases,
            {
              find: /^@testing-library\/react$/,
              replacement: '@testing-library/react/dist/@testing-library/react.esm.js',
            },
          ],
        },
        test: {
          name: 'dom',
          include: ['tests/**/*.test.tsx'],
          exclude: ['tests/dashboard/**'],
          environment: 'happy-dom',
          testTimeout: 30_000,
          // Every dependency that imports React, for the same reason.
          server: { deps: { inline: ['@testing-library/react', '@tanstack/react-query', 'zustand'] } },
        },
      },
      {
        // The dashboard is its own app (dashboard/vite.config.ts) and renders with React.
        plugins: [WxtVitest(), ruleLessons()],
        test: {
          name: 'dom-dashboard',
          include: ['tests/dashboard/**/*.test.tsx'],
          environment: 'happy-dom',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/**/*.spec.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
