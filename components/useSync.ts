/**
 * Team sync state for the panel and the options page through react-query: the device's view (connection,
 * status, active packs, outbox) is a query kept fresh by storage watchers, and "sync now" asks the background
 * worker, which owns the one outbox. Connect and disconnect are mutations run in the page (its own fetch; the
 * worker notices the new connection through storage and syncs at once).
 */
import { QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { sendMessage } from '../lib/messaging/protocol';
import { connectionItem, outboxItem, syncStatusItem, teamGuidelinesItem } from '../lib/sync/store';

export const syncQueryClient = new QueryClient({
  defaultOptions: { queries: { retry: 2, staleTime: 5_000 } },
});

const SYNC_VIEW = ['sync', 'view'] as const;

export async function readSyncView() {
  const [connection, status, guidelines, outbox] = await Promise.all([
    connectionItem.getValue(),
    syncStatusItem.getValue(),
    teamGuidelinesItem.getValue(),
    outboxItem.getValue(),
  ]);
  return {
    // The token stays out of React state: nothing in the UI needs it.
    connection: connection && {
      backendUrl: connection.backendUrl,
      displayName: connection.displayName,
      team: connection.team,
    },
    status,
    packs: (guidelines?.packs ?? []).map((p) => ({ id: p.id, name: p.name, version: p.version })),
    /** What sync left out of the team's packs (a phrase today's check refuses, or a whole pack). */
    packProblems: guidelines?.problems ?? [],
    checkedAt: guidelines?.checkedAt ?? null,
    queued: outbox.entries.length,
    dropped: outbox.dropped,
  };
}

export type SyncView = Awaited<ReturnType<typeof readSyncView>>;

/** The device's sync view; re-read whenever sync writes storage (from the worker or another page). */
export function useSyncView() {
  const client = useQueryClient();
  useEffect(() => {
    const refresh = () => void client.invalidateQueries({ queryKey: SYNC_VIEW });
    const stops = [
      connectionItem.watch(refresh),
      syncStatusItem.watch(refresh),
      teamGuidelinesItem.watch(refresh),
      outboxItem.watch(refresh),
    ];
    return () => stops.forEach((stop) => stop());
  }, [client]);
  // Reading extension storage works offline: do not pause this query when the browser is offline.
  return useQuery({ queryKey: SYNC_VIEW, queryFn: readSyncView, networkMode: 'always' });
}

/** Asks the worker to fetch guidelines and flush now (the panel does this when it opens). */
export function useSyncNow(enabled: boolean) {
  return useQuery({
    queryKey: ['sync', 'now'],
    queryFn: () => sendMessage('syncNow', undefined),
    enabled,
    // react-query pauses while the browser says it is offline and runs again when it is back.
    networkMode: 'online',
    staleTime: 25_000,
  });
}

export function useConnect() {
  const client = useQueryClient();
  return useMutation({
    // The worker owns sync: pages only send commands, so the engine and sync code stay out of their bundles.
    mutationFn: (input: { backendUrl: string; code: string; displayName: string }) => sendMessage('syncConnect', input),
    onSettled: () => client.invalidateQueries({ queryKey: ['sync'] }),
  });
}

export function useDisconnect() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => sendMessage('syncDisconnect', undefined),
    onSettled: () => client.invalidateQueries({ queryKey: ['sync'] }),
  });
}
