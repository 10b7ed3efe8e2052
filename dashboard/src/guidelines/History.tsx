/** A pack's versions and publications: publish any version, roll back to the one live before, reopen an old one. */
import { useState } from 'react';
import type { PackDetail } from '../api/hooks';
import { ColumnHeaders } from '../ui/ColumnHeaders';
import { Status } from '../ui/Status';

interface HistoryProps {
  pack: PackDetail;
  memberNames: ReadonlyMap<string, string>;
  onPublish: (version: number) => Promise<unknown>;
  onRollback: () => Promise<{ publishedVersion: number }>;
  onOpenVersion: (version: number) => Promise<unknown>;
}

export function formatTime(epochMs: number): string {
  return new Date(epochMs).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Rollback is possible when an earlier version was live before the current one. */
export function canRollBack(publications: ReadonlyArray<{ version: number | null }>, current: number | null): boolean {
  if (current === null) return false;
  return publications.some((p) => p.version !== null && p.version !== current);
}

export function History({ pack, memberNames, onPublish, onRollback, onOpenVersion }: HistoryProps) {
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const name = (id: string) => memberNames.get(id) ?? 'a former lead';

  async function run(action: () => Promise<string>) {
    setMessage(null);
    setError(null);
    try {
      setMessage(await action());
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">Versions and publishing</h2>
      <p>
        {pack.publishedVersion === null ? (
          <>Agents do not get this pack yet: publish a version to send it to their extensions.</>
        ) : (
          <>
            Agents have <strong data-testid="published-version">version {pack.publishedVersion}</strong>. Their
            extensions pick up a change within minutes.
          </>
        )}
      </p>
      <Status message={message} error={error} />
      <div className="row">
        <button
          type="button"
          className="secondary"
          disabled={!canRollBack(pack.publications, pack.publishedVersion)}
          onClick={() =>
            void run(async () => {
              const { publishedVersion } = await onRollback();
              return `Rolled back: agents now get version ${publishedVersion}.`;
            })
          }
        >
          Roll back to the previous version
        </button>
      </div>
      <table>
        <caption className="visually-hidden">Versions of {pack.name}</caption>
        <ColumnHeaders columns={['Version', 'Saved', 'Actions']} />
        <tbody>
          {pack.versions.map((v) => (
            <tr key={v.version}>
              <th scope="row">
                {v.version} {v.version === pack.publishedVersion ? <span className="badge published">live</span> : null}
              </th>
              <td>
                {formatTime(v.createdAt)} by {name(v.createdBy)}
              </td>
              <td>
                <div className="row">
                  <button
                    type="button"
                    disabled={v.version === pack.publishedVersion}
                    onClick={() =>
                      void run(async () => {
                        await onPublish(v.version);
                        return `Published version ${v.version}: agents get it next time their extension checks in.`;
                      })
                    }
                  >
                    Publish <span className="visually-hidden">version {v.version}</span>
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() =>
                      void run(async () => {
                        await onOpenVersion(v.version);
                        return `Version ${v.version} is in the editor. Saving it makes a new version.`;
                      })
                    }
                  >
                    Open in editor <span className="visually-hidden">version {v.version}</span>
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pack.publications.length > 0 ? (
        <>
          <h3>Publishing log</h3>
          <ol className="hint">
            {pack.publications.map((p, i) => (
              <li key={`${p.publishedAt}-${i}`}>
                {formatTime(p.publishedAt)}: {p.version === null ? 'unpublished' : `version ${p.version} published`} by{' '}
                {name(p.publishedBy)}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
