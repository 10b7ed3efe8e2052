/** Hash routes: the backend serves one static index.html, and a hash keeps deep links working under any path. */
import { useSyncExternalStore } from 'react';

export const ROUTES = [
  { id: 'guidelines', label: 'Guidelines' },
  { id: 'tips', label: 'Tips' },
  { id: 'progress', label: 'Progress' },
  { id: 'team', label: 'Team' },
] as const;

export type RouteId = (typeof ROUTES)[number]['id'];

export function routeFromHash(hash: string): RouteId {
  const id = hash.replace(/^#\/?/, '').split('/')[0];
  return ROUTES.find((r) => r.id === id)?.id ?? 'guidelines';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): RouteId {
  return useSyncExternalStore(
    subscribe,
    () => routeFromHash(window.location.hash),
    () => 'guidelines',
  );
}
