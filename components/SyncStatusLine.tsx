/** The panel's one line about the team: active pack and version, or offline / reconnect. Syncs when the panel opens. */
import { useSyncNow, useSyncView } from './useSync';

export function SyncStatusLine() {
  const { data: view } = useSyncView();
  useSyncNow(!!view?.connection);
  if (!view || view.status.state === 'disconnected') return null;
  const text =
    view.status.state === 'reconnect'
      ? 'Team: reconnect in Options — this browser is no longer accepted.'
      : `${view.connection?.team.name ?? 'Team'}: ${view.packs.length ? view.packs.map((p) => `${p.name} v${p.version}`).join(', ') : 'no guideline pack'}${
          view.status.reachable ? '' : ' · offline, replies queued'
        }`;
  return (
    <p className="muted sync-status" role="status" data-testid="sync-status" data-sync-state={view.status.state}>
      {text}
    </p>
  );
}
