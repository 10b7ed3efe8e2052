import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createApiClient } from './api/client';
import { ApiError } from './api/errors';
import { ApiContext, keys } from './api/hooks';
import { applyTheme, storedThemeChoice } from './theme';
import './styles.css';

applyTheme(storedThemeChoice());

/** A 401 anywhere means the session ended (expired, signed out elsewhere): show the sign-in screen. */
function signOutOnUnauthorized(error: unknown) {
  if (error instanceof ApiError && error.status === 401) queryClient.setQueryData(keys.session, null);
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: signOutOnUnauthorized }),
  mutationCache: new MutationCache({ onError: signOutOnUnauthorized }),
  defaultOptions: {
    queries: {
      // A 4xx will not fix itself by retrying; a dropped connection might.
      retry: (failures, error) =>
        failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: true,
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ApiContext.Provider value={createApiClient(window.location.origin)}>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </ApiContext.Provider>
  </StrictMode>,
);
