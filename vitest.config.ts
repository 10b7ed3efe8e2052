import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { ruleLessons } from './scripts/vite-plugins.ts';

// Three projects: pure logic on Node, React components on happy-dom, and real-Chromium specs (*.spec.ts),
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
        test: {
          name: 'dom',
          include: ['tests/**/*.test.tsx'],
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
