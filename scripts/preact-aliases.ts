/**
 * The extension's pages render with Preact through `preact/compat` instead of React: the components, zustand and
 * @tanstack/react-query keep importing `react`, and these aliases resolve those imports to Preact in the extension
 * build (wxt.config.ts) and in the component tests (vitest.config.ts), so the tests render with what ships.
 * React DOM alone was ≈55 KB of the extension's gzip budget; preact/compat is ≈5 KB.
 *
 * The dashboard (dashboard/vite.config.ts) is a separate app and keeps React.
 */
import type { Alias } from 'vite';

/** Exact specifiers only: `react-dom/client` must not become `preact/compat/client/client`. */
export const preactAliases: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
];
