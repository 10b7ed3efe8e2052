import { useTipMutations, useTips, type Session } from '../api/hooks';
import { TipsEditor } from '../tips/TipsEditor';
import { Status } from '../ui/Status';

export function Tips({ session }: { session: Session }) {
  const teamId = session.team.id;
  const tips = useTips(teamId);
  const { create, update, remove } = useTipMutations(teamId);
  return (
    <main id="main" tabIndex={-1}>
      <h1>Tips</h1>
      <p className="hint">
        Tips appear in agents’ extensions next to the coaching, alongside Attune’s built-in tips. Keep them short and
        practical.
      </p>
      {tips.isPending ? <p role="status">Loading tips…</p> : null}
      <Status error={tips.error} />
      <TipsEditor
        tips={tips.data?.tips ?? []}
        onCreate={(tip) => create.mutateAsync(tip)}
        onUpdate={(id, tip) => update.mutateAsync({ id, tip })}
        onDelete={(id) => remove.mutateAsync(id)}
      />
    </main>
  );
}
