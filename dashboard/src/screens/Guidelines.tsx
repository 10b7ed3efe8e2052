/** Guideline packs: the list, and for the chosen pack its editor with live preview and its publishing history. */
import { useState } from 'react';
import {
  useCreatePack,
  useLoadPackVersion,
  useMembers,
  usePack,
  usePacks,
  usePublishPack,
  useRollbackPack,
  useSavePackVersion,
  type Session,
} from '../api/hooks';
import { History } from '../guidelines/History';
import { emptyPack, packToDraft, type PackDraft } from '../guidelines/pack-draft';
import { PackEditor } from '../guidelines/PackEditor';
import { ColumnHeaders } from '../ui/ColumnHeaders';
import { Status } from '../ui/Status';

type Selection = { kind: 'none' } | { kind: 'new' } | { kind: 'pack'; packId: string };

interface ExistingPackProps {
  teamId: string;
  packId: string;
  memberNames: Map<string, string>;
  /** Saving remounts the editor with the new version, so the confirmation is kept and shown above it. */
  onSaved: (version: number) => void;
}

function ExistingPack({ teamId, packId, memberNames, onSaved }: ExistingPackProps) {
  const detail = usePack(teamId, packId);
  const save = useSavePackVersion(teamId, packId);
  const publish = usePublishPack(teamId, packId);
  const rollback = useRollbackPack(teamId, packId);
  const loadVersion = useLoadPackVersion(teamId, packId);
  // Reopening an old version replaces the editor's contents; the key remounts the editor with it.
  const [opened, setOpened] = useState<{ draft: PackDraft; key: string } | null>(null);

  if (detail.isPending) return <p role="status">Loading the pack…</p>;
  if (detail.isError) return <Status error={detail.error} />;
  const pack = detail.data;
  const refresh = () => detail.refetch();
  const editor = opened ?? { draft: packToDraft(pack.latest), key: `latest-${pack.latestVersion}` };

  return (
    <>
      <PackEditor
        key={editor.key}
        initial={editor.draft}
        isNew={false}
        onSave={async (content) => {
          const saved = await save.mutateAsync(content);
          setOpened(null);
          await refresh();
          onSaved(saved.version);
          return saved;
        }}
      />
      <History
        pack={pack}
        memberNames={memberNames}
        onPublish={async (version) => {
          await publish.mutateAsync(version);
          await refresh();
        }}
        onRollback={async () => {
          const result = await rollback.mutateAsync();
          await refresh();
          return result;
        }}
        onOpenVersion={async (version) => {
          const loaded = await loadVersion.mutateAsync(version);
          setOpened({ draft: packToDraft(loaded.pack), key: `v${version}-${Date.now()}` });
        }}
      />
    </>
  );
}

export function Guidelines({ session }: { session: Session }) {
  const teamId = session.team.id;
  const packs = usePacks(teamId);
  const members = useMembers(teamId);
  const create = useCreatePack(teamId);
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  const savedNotice = (version: number) =>
    setNotice(`Saved as version ${version}. Publish it below when you are ready for agents to get it.`);
  const select = (next: Selection) => {
    setNotice(null);
    setSelection(next);
  };
  const memberNames = new Map((members.data?.members ?? []).map((m) => [m.id, m.displayName]));

  return (
    <main id="main" tabIndex={-1}>
      <h1>Guidelines</h1>
      <p className="hint">
        Guideline packs are your team’s own phrasing rules. Agents’ extensions apply the published version of each pack
        while they write.
      </p>
      <section aria-labelledby="packs-heading">
        <h2 id="packs-heading">Packs</h2>
        {packs.isPending ? <p role="status">Loading packs…</p> : null}
        <Status error={packs.error} />
        {packs.data && packs.data.packs.length === 0 ? <p>No packs yet. Create your first one.</p> : null}
        {packs.data && packs.data.packs.length > 0 ? (
          <table>
            <ColumnHeaders columns={['Pack', 'Latest version', 'Agents have']} actions />
            <tbody>
              {packs.data.packs.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {p.name} <span className="hint mono">{p.key}</span>
                  </th>
                  <td>{p.latestVersion}</td>
                  <td>{p.publishedVersion === null ? 'not published' : `version ${p.publishedVersion}`}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      aria-pressed={selection.kind === 'pack' && selection.packId === p.id}
                      onClick={() => select({ kind: 'pack', packId: p.id })}
                    >
                      Edit <span className="visually-hidden">{p.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <p>
          <button type="button" onClick={() => select({ kind: 'new' })}>
            New pack
          </button>
        </p>
      </section>

      {selection.kind === 'new' ? (
        <PackEditor
          key="new"
          initial={emptyPack()}
          isNew
          onCancel={() => select({ kind: 'none' })}
          onSave={async (pack) => {
            const created = await create.mutateAsync(pack);
            setSelection({ kind: 'pack', packId: created.id });
            savedNotice(created.latestVersion);
            return { version: created.latestVersion };
          }}
        />
      ) : null}
      <Status message={notice} />
      {selection.kind === 'pack' ? (
        <ExistingPack
          key={selection.packId}
          teamId={teamId}
          packId={selection.packId}
          memberNames={memberNames}
          onSaved={savedNotice}
        />
      ) : null}
    </main>
  );
}
