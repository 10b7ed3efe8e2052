/**
 * The panel's line about the team: active pack and version, or offline / reconnect, and what sync had to leave out
 * of a team pack (so the agent knows a team rule is missing, and whom to tell). Syncs when the panel opens.
 */
import type { PackProblem } from '../lib/sync/store';
import { useSyncNow, useSyncView } from './useSync';

function PackProblems({ problems }: { problems: readonly PackProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section className="card" role="status" aria-labelledby="pack-problems-heading" data-testid="pack-problems">
      <h2 id="pack-problems-heading">Some team rules were left out</h2>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            Team pack <span className="mono">{problem.packId}</span>
            {problem.packKept ? ' (the rest of it applies)' : ' (not applied)'}: {problem.message}
          </li>
        ))}
      </ul>
      <p className="muted">Ask your team lead to fix it in the dashboard.</p>
    </section>
  );
}

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
    <>
      <p className="muted sync-status" role="status" data-testid="sync-status" data-sync-state={view.status.state}>
        {text}
      </p>
      {view.status.state === 'connected' ? <PackProblems problems={view.packProblems} /> : null}
    </>
  );
}
