/**
 * The extension's components are tested with what the extension ships: `react` resolves to preact/compat here as in
 * the build (scripts/preact-aliases.ts), and so it does for the libraries that import React.
 */
import * as React from 'react';
import * as ReactDOMClient from 'react-dom/client';
import * as compat from 'preact/compat';
import * as compatClient from 'preact/compat/client';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { expect, test } from 'vitest';

test('react and react-dom/client are preact/compat', () => {
  expect(React.createElement).toBe(compat.createElement);
  expect(React.useSyncExternalStore).toBe(compat.useSyncExternalStore);
  expect(ReactDOMClient.createRoot).toBe(compatClient.createRoot);
});

test('react-query and zustand hooks run under Preact', async () => {
  const store = createStore(() => ({ count: 2 }));
  function Shows() {
    const count = useStore(store, (s) => s.count);
    const query = useQuery({ queryKey: ['n'], queryFn: async () => count * 10 });
    return <p>{query.data === undefined ? 'loading' : `count ${count}, query ${query.data}`}</p>;
  }
  render(
    <QueryClientProvider client={new QueryClient()}>
      <Shows />
    </QueryClientProvider>,
  );
  expect(await screen.findByText('count 2, query 20')).toBeTruthy();
});
