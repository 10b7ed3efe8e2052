/**
 * Edits one guideline pack as a form, validates it as the lead types (with the engine's schema), previews it
 * live with the real engine, and saves it as a new version. Server-side validation errors land on the same
 * fields as local ones.
 */
import { useMemo, useState } from 'react';
import type { GuidelinePack } from '../../../lib/coach/types';
import { ApiError } from '../api/errors';
import { Field } from '../ui/Field';
import { Status } from '../ui/Status';
import {
  draftToPack,
  emptyRule,
  errorsByField,
  fieldKey,
  RULE_KINDS,
  type PackIssue,
  type PackDraft,
  type RuleDraft,
  type RuleKind,
} from './pack-draft';
import { Preview } from './Preview';
import { RuleForm } from './RuleForm';
import { ValeImport } from './ValeImport';
import { usePackBudget, validatePack } from './validate-pack';

interface PackEditorProps {
  initial: PackDraft;
  /** Existing packs cannot change their id: it is how agents' devices and the history know them. */
  isNew: boolean;
  onSave: (pack: GuidelinePack) => Promise<{ version: number }>;
  onCancel?: () => void;
}

/** The backend reports paths inside its request body ({ pack }); the form's fields are paths inside the pack. */
function withinPack(issue: PackIssue): PackIssue {
  const path = typeof issue.path === 'string' ? issue.path.replace(/^pack(\.|$)/, '') : issue.path;
  return { ...issue, path };
}

/** "Rule 2 (avoid-1), phrases: list at least one phrase to avoid" — where the first problem is, in words. */
function describeIssue(path: PackIssue['path'], message: string): string {
  const key = fieldKey(path);
  const [, index, field] = key.split('.');
  if (key.startsWith('rules.') && index !== undefined) {
    return `rule ${Number(index) + 1}${field ? `, ${field}` : ''}: ${message}`;
  }
  return key === 'pack' ? message : `${key}: ${message}`;
}

export function PackEditor({ initial, isNew, onSave, onCancel }: PackEditorProps) {
  const [draft, setDraft] = useState<PackDraft>(initial);
  const [serverError, setServerError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // A stored pack that today's check refuses (a phrase written under an older one) shows its errors at once:
  // agents' extensions skip that phrase until the lead fixes it. A new pack starts without red.
  const [showErrors, setShowErrors] = useState(() => !isNew && !validatePack(draftToPack(initial)).ok);

  const candidate = useMemo(() => draftToPack(draft), [draft]);
  const shaped = useMemo(() => validatePack(candidate), [candidate]);
  // Then the cost budget the server enforces too: a pack over it is shown as invalid, field by field.
  const budgetIssues = usePackBudget(shaped.ok ? shaped.pack : null);
  const validation = useMemo(
    () =>
      shaped.ok && budgetIssues && budgetIssues.length > 0 ? { ok: false as const, issues: budgetIssues } : shaped,
    [shaped, budgetIssues],
  );
  const measuring = shaped.ok && budgetIssues === null;
  const localErrors = validation.ok ? {} : errorsByField(validation.issues);
  const serverErrors = serverError instanceof ApiError ? errorsByField(serverError.issues.map(withinPack)) : {};
  // Local errors show once the lead has tried to save (no red on a form they have just opened); until then the
  // preview names the first thing missing.
  const errors = { ...(showErrors ? localErrors : {}), ...serverErrors };
  const previewPack = validation.ok ? validation.pack : null;
  const firstIssue = validation.ok ? null : validation.issues[0];
  const pausedReason = firstIssue ? describeIssue(firstIssue.path, firstIssue.message) : null;

  const update = (change: Partial<PackDraft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setSaved(null);
  };
  const updateRule = (index: number, rule: RuleDraft) =>
    update({ rules: draft.rules.map((r, i) => (i === index ? rule : r)) });
  const addRule = (kind: RuleKind) => {
    setShowErrors(false);
    update({
      rules: [
        ...draft.rules,
        emptyRule(
          kind,
          draft.rules.map((r) => r.id),
        ),
      ],
    });
  };

  async function save() {
    setShowErrors(true);
    setServerError(null);
    if (!validation.ok || measuring) return;
    setSaving(true);
    try {
      const { version } = await onSave(validation.pack);
      setSaved(`Saved as version ${version}. Publish it when you are ready for agents to get it.`);
    } catch (error) {
      setServerError(error);
    } finally {
      setSaving(false);
    }
  }

  const errorCount = Object.keys(localErrors).length;
  return (
    <div className="columns">
      <form
        aria-labelledby="pack-editor-heading"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        noValidate
      >
        <h2 id="pack-editor-heading">{isNew ? 'New guideline pack' : `Edit “${initial.name}”`}</h2>
        <div className="row">
          <Field label="Pack name" error={errors.name}>
            {(props) => <input {...props} value={draft.name} onChange={(e) => update({ name: e.target.value })} />}
          </Field>
          <Field
            label="Pack id"
            hint={isNew ? 'Short and lowercase, e.g. support-voice. It cannot change later.' : 'Fixed once created.'}
            error={errors.id}
          >
            {(props) => (
              <input {...props} value={draft.id} readOnly={!isNew} onChange={(e) => update({ id: e.target.value })} />
            )}
          </Field>
        </div>
        <Field label="Description (optional)" error={errors.description}>
          {(props) => (
            <textarea {...props} value={draft.description} onChange={(e) => update({ description: e.target.value })} />
          )}
        </Field>
        <Field
          label="Built-in checks to turn off (optional)"
          hint="One per line, e.g. clarity/passive-voice, or a whole family such as inclusive."
          error={errors.disable}
        >
          {(props) => (
            <textarea {...props} value={draft.disable} onChange={(e) => update({ disable: e.target.value })} />
          )}
        </Field>
        {draft.notes.length > 0 ? (
          <div className="card">
            <h3>Notes from the import</h3>
            <ul>
              {draft.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
            {errors.notes ? (
              <p className="error" role="alert">
                {errors.notes}
              </p>
            ) : null}
            <button type="button" className="secondary" onClick={() => update({ notes: [] })}>
              Dismiss these notes
            </button>
          </div>
        ) : null}

        <h3>Rules</h3>
        {errors.rules ? (
          <p className="error" role="alert">
            {errors.rules}
          </p>
        ) : null}
        {draft.rules.length === 0 ? <p className="hint">No rules yet. Add one below or import a Vale style.</p> : null}
        {draft.rules.map((rule, index) => (
          <RuleForm
            key={rule.key}
            rule={rule}
            index={index}
            errors={errors}
            onChange={(r) => updateRule(index, r)}
            onRemove={() => update({ rules: draft.rules.filter((_, i) => i !== index) })}
          />
        ))}
        <div className="row" role="group" aria-label="Add a rule">
          {RULE_KINDS.map((k) => (
            <button key={k.kind} type="button" className="secondary" onClick={() => addRule(k.kind)}>
              + {k.label}
            </button>
          ))}
        </div>

        <ValeImport
          existingIds={draft.rules.map((r) => r.id)}
          onImport={(rules, notes) => update({ rules: [...draft.rules, ...rules], notes: [...draft.notes, ...notes] })}
        />

        {errors.pack ? (
          <p className="status error" role="alert">
            The pack as a whole: {errors.pack}
          </p>
        ) : null}
        {showErrors && errorCount > 0 ? (
          <p className="status error" role="alert">
            {errorCount === 1 ? 'One field needs' : `${errorCount} fields need`} attention before saving.
          </p>
        ) : null}
        {/* Always said in full here too: an issue on a field the form does not show must not go unseen. */}
        <Status message={saved} error={serverError} />
        <div className="row">
          <button type="submit" disabled={saving || measuring}>
            {saving ? 'Saving…' : measuring ? 'Checking the pack’s cost…' : 'Save as new version'}
          </button>
          {onCancel ? (
            <button type="button" className="secondary" onClick={onCancel}>
              Close editor
            </button>
          ) : null}
        </div>
      </form>
      <Preview pack={previewPack} pausedReason={pausedReason} />
    </div>
  );
}
