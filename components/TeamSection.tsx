/** Options page: connect to the team backend with an invite, see the sync status, reconnect or disconnect. */
import { useState, type FormEvent } from 'react';
import { backendUrlProblem, parseInviteLink } from '../lib/sync/client';
import { useConnect, useDisconnect, useSyncNow, useSyncView, type SyncView } from './useSync';

/** chrome-extension://<id> in the extension; whatever page hosts the component elsewhere (tests). */
const extensionOrigin = () => globalThis.location?.origin ?? '';

const when = (at: number | null) => (at ? new Date(at).toLocaleString() : 'never');

function ConnectForm({ view }: { view: SyncView | undefined }) {
  const connect = useConnect();
  const [backendUrl, setBackendUrl] = useState(view?.status.backendUrl ?? '');
  const [code, setCode] = useState('');
  const [displayName, setDisplayName] = useState('');

  // Pasting the dashboard's invite link into either field fills both.
  const fromLink = (value: string, set: (v: string) => void) => {
    const link = parseInviteLink(value);
    if (!link) return set(value);
    setBackendUrl(link.backendUrl);
    setCode(link.code);
  };

  const typedUrl = backendUrl || view?.status.backendUrl || '';
  // Said while typing, before anything is sent: an http:// team server (not on this computer) is refused.
  const urlProblem = /^https?:\/\/[^/]+/i.test(typedUrl) ? backendUrlProblem(typedUrl) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (urlProblem) return;
    connect.mutate({ backendUrl: backendUrl || view?.status.backendUrl || '', code, displayName });
  };

  return (
    <form onSubmit={submit} className="stack" aria-label="Connect to your team">
      <label htmlFor="team-url">Team server (or paste the invite link)</label>
      <input
        id="team-url"
        type="url"
        required
        placeholder="https://attune.example.com"
        value={backendUrl}
        aria-invalid={urlProblem ? true : undefined}
        aria-describedby={urlProblem ? 'team-url-problem' : undefined}
        onChange={(e) => fromLink(e.target.value, setBackendUrl)}
      />
      {urlProblem ? (
        <p id="team-url-problem" role="alert" className="error">
          {urlProblem}
        </p>
      ) : null}
      <label htmlFor="team-code">Invite code</label>
      <input
        id="team-code"
        type="text"
        required
        autoComplete="off"
        value={code}
        onChange={(e) => fromLink(e.target.value, setCode)}
      />
      <label htmlFor="team-name">Your name as your lead will see it</label>
      <input
        id="team-name"
        type="text"
        required
        maxLength={80}
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
      />
      <div>
        <button type="submit" disabled={connect.isPending || urlProblem !== null}>
          {view?.status.state === 'reconnect' ? 'Reconnect' : 'Connect'}
        </button>
      </div>
      <p className="muted" data-testid="team-origin">
        Your team server must allow this extension's origin: <span className="mono">{extensionOrigin()}</span> (its
        ATTUNE_ALLOWED_ORIGINS setting).
      </p>
      {connect.isError ? (
        <p role="alert" className="error">
          {connect.error.name === 'SyncNetworkError' // errors cross the message boundary by name, not class
            ? `${connect.error.message}. Check the address, and that the server allows ${extensionOrigin()}.`
            : connect.error.message}
        </p>
      ) : null}
    </form>
  );
}

export function TeamSection() {
  const { data: view } = useSyncView();
  const connected = view?.connection ?? null;
  const syncNow = useSyncNow(false);
  const disconnect = useDisconnect();
  const state = view?.status.state ?? 'disconnected';

  return (
    <section
      className="card"
      aria-labelledby="team-heading"
      id="team"
      data-testid="team-section"
      data-sync-state={state}
    >
      <h2 id="team-heading">Team</h2>
      <p className="muted">
        Your team's guidelines and tips come to this browser; only counters and scores of your replies go to your team
        server — never a word of a draft or a ticket.
      </p>
      {state === 'reconnect' ? (
        <p role="alert" data-testid="team-reconnect">
          Your team server no longer accepts this browser (the device was revoked or you were removed). Connect again
          with a new invite code. Your replies since then are kept and will be sent once you reconnect.
        </p>
      ) : null}
      {connected ? (
        <div className="stack">
          <p data-testid="team-status">
            Connected to <strong>{connected.team.name}</strong> as {connected.displayName} at{' '}
            <span className="mono">{connected.backendUrl}</span>.{' '}
            {view?.status.reachable === false
              ? 'The server cannot be reached right now; your replies are queued.'
              : null}
          </p>
          {connected.team.shareIndividualProgress ? (
            <p className="notice" data-testid="team-sharing">
              Your lead can see your individual figures (scores and counters, not your replies).
            </p>
          ) : (
            <p className="muted">Your lead sees team totals only, not your individual figures.</p>
          )}
          <p className="muted" data-testid="team-details">
            Guideline packs:{' '}
            {view?.packs.length ? view.packs.map((p) => `${p.name} v${p.version}`).join(', ') : 'none published'} · last
            checked {when(view?.checkedAt ?? null)} · queued replies: {view?.queued ?? 0}
            {view?.dropped ? ` · ${view.dropped} oldest dropped while offline too long` : ''}
            {view?.status.lastError ? ` · last error: ${view.status.lastError}` : ''}
          </p>
          <div className="row">
            <button type="button" onClick={() => void syncNow.refetch()} disabled={syncNow.isFetching}>
              Sync now
            </button>
            <button type="button" onClick={() => disconnect.mutate()} disabled={disconnect.isPending}>
              Disconnect
            </button>
          </div>
        </div>
      ) : (
        <ConnectForm key={view?.status.backendUrl ?? ''} view={view} />
      )}
    </section>
  );
}
