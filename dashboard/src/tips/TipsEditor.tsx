/** Team tips: short pieces of advice agents see in the extension. Write, edit and remove them. */
import { useState, type FormEvent } from 'react';
import { fieldIssue, hasFieldIssues } from '../api/errors';
import { Field } from '../ui/Field';
import { Status } from '../ui/Status';

export interface TipView {
  id: string;
  title: string;
  body: string;
  tags: string[];
}

export type TipInput = Omit<TipView, 'id'>;

interface TipsEditorProps {
  tips: TipView[];
  onCreate: (tip: TipInput) => Promise<unknown>;
  onUpdate: (id: string, tip: TipInput) => Promise<unknown>;
  onDelete: (id: string) => Promise<unknown>;
}

export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

function TipForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: TipInput;
  submitLabel: string;
  onSubmit: (tip: TipInput) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const [title, setTitle] = useState(initial.title);
  const [body, setBody] = useState(initial.body);
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const fieldError = (name: string) =>
    fieldIssue(error, name) ??
    (name === 'title' && error === 'empty-title' ? 'Give the tip a short title.' : undefined) ??
    (name === 'body' && error === 'empty-body' ? 'Write the tip itself.' : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    if (!title.trim()) return setError('empty-title');
    if (!body.trim()) return setError('empty-body');
    setError(null);
    try {
      await onSubmit({ title: title.trim(), body: body.trim(), tags: parseTags(tags) });
      setMessage(`Saved “${title.trim()}”.`);
      if (!onCancel) {
        setTitle('');
        setBody('');
        setTags('');
      }
    } catch (caught) {
      setError(caught);
    }
  }

  const generalError = error instanceof Error && !hasFieldIssues(error) ? error : null;
  return (
    <form onSubmit={submit} noValidate className="card">
      <Field label="Title" error={fieldError('title')}>
        {(props) => <input {...props} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label="Tip" hint="A sentence or two agents can act on." error={fieldError('body')}>
        {(props) => <textarea {...props} value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <Field label="Tags (optional)" hint="Comma-separated, e.g. billing, refunds." error={fieldError('tags')}>
        {(props) => <input {...props} value={tags} onChange={(e) => setTags(e.target.value)} />}
      </Field>
      <Status message={message} error={generalError} />
      <div className="row">
        <button type="submit">{submitLabel}</button>
        {onCancel ? (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

export function TipsEditor({ tips, onCreate, onUpdate, onDelete }: TipsEditorProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  return (
    <>
      <h2>Write a tip</h2>
      <TipForm initial={{ title: '', body: '', tags: [] }} submitLabel="Add tip" onSubmit={onCreate} />
      <h2>Your team’s tips</h2>
      <Status error={deleteError} />
      {tips.length === 0 ? <p className="hint">No team tips yet. Agents still see Attune’s built-in tips.</p> : null}
      <ul className="findings">
        {tips.map((tip) =>
          editing === tip.id ? (
            <li key={tip.id}>
              <TipForm
                initial={tip}
                submitLabel="Save tip"
                onSubmit={async (input) => {
                  await onUpdate(tip.id, input);
                  setEditing(null);
                }}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={tip.id}>
              <strong>{tip.title}</strong>
              <div>{tip.body}</div>
              {tip.tags.length > 0 ? <div className="hint">Tags: {tip.tags.join(', ')}</div> : null}
              <div className="row">
                <button type="button" className="secondary" onClick={() => setEditing(tip.id)}>
                  Edit <span className="visually-hidden">{tip.title}</span>
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() => {
                    if (!window.confirm(`Remove the tip “${tip.title}”? Agents stop seeing it.`)) return;
                    setDeleteError(null);
                    onDelete(tip.id).catch(setDeleteError);
                  }}
                >
                  Remove <span className="visually-hidden">{tip.title}</span>
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
    </>
  );
}
