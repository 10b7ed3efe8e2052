import type { Severity } from '../../../lib/coach/types';
import { Field } from '../ui/Field';
import { LIMIT_METRICS, MATCH_PREFIX, REQUIRE_PLACES, RULE_KINDS, type RuleDraft } from './pack-draft';

interface RuleFormProps {
  rule: RuleDraft;
  index: number;
  /** Errors keyed like "rules.2.phrases". */
  errors: Record<string, string>;
  onChange: (rule: RuleDraft) => void;
  onRemove: () => void;
}

const SEVERITIES: ReadonlyArray<{ value: Severity | ''; label: string }> = [
  { value: '', label: 'Default for this kind' },
  { value: 'suggestion', label: 'Suggestion (gentle)' },
  { value: 'warning', label: 'Warning' },
  { value: 'error', label: 'Must fix' },
];

const PHRASE_HINT = `One per line. Start a line with "${MATCH_PREFIX}" for a pattern, e.g. "${MATCH_PREFIX} [#Adverb] sorry".`;

/** One guideline rule as a form: the fields shown depend on the rule's kind. */
export function RuleForm({ rule, index, errors, onChange, onRemove }: RuleFormProps) {
  const kind = RULE_KINDS.find((k) => k.kind === rule.kind);
  const error = (field: string) => errors[`rules.${index}.${field}`];
  const set = <K extends keyof RuleDraft>(key: K, value: RuleDraft[K]) => onChange({ ...rule, [key]: value });
  const messageRequired = rule.kind === 'avoid' || rule.kind === 'require';

  return (
    <fieldset className="rule-card" aria-label={`Rule ${index + 1}: ${kind?.label ?? rule.kind}`}>
      <legend>
        {kind?.label ?? rule.kind} <span className="mono">({rule.id || 'no id yet'})</span>
      </legend>
      <p className="hint">{kind?.help}</p>
      {errors[`rules.${index}`] ? (
        <p className="error" role="alert">
          {errors[`rules.${index}`]}
        </p>
      ) : null}
      <div className="row">
        <Field label="Rule id" hint="Short, lowercase, e.g. no-unfortunately." error={error('id')}>
          {(props) => <input {...props} value={rule.id} onChange={(e) => set('id', e.target.value)} />}
        </Field>
        <Field label="How strongly to flag it" error={error('severity')}>
          {(props) => (
            <select {...props} value={rule.severity} onChange={(e) => set('severity', e.target.value as Severity | '')}>
              {SEVERITIES.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      {rule.kind === 'avoid' || rule.kind === 'require' ? (
        <Field
          label={rule.kind === 'avoid' ? 'Phrases to avoid' : 'Phrases that must appear (any one of them)'}
          hint={PHRASE_HINT}
          error={error('phrases')}
        >
          {(props) => <textarea {...props} value={rule.phrases} onChange={(e) => set('phrases', e.target.value)} />}
        </Field>
      ) : null}

      {rule.kind === 'avoid' ? (
        <Field label="Better wording to offer (optional)" hint="One per line." error={error('replacements')}>
          {(props) => (
            <textarea {...props} value={rule.replacements} onChange={(e) => set('replacements', e.target.value)} />
          )}
        </Field>
      ) : null}

      {rule.kind === 'prefer' ? (
        <div className="row">
          <Field
            label="Instead of"
            hint={`A word or phrase, or "${MATCH_PREFIX} …" for a pattern.`}
            error={error('term')}
          >
            {(props) => <input {...props} value={rule.term} onChange={(e) => set('term', e.target.value)} />}
          </Field>
          <Field label="Write" error={error('preferred')}>
            {(props) => <input {...props} value={rule.preferred} onChange={(e) => set('preferred', e.target.value)} />}
          </Field>
        </div>
      ) : null}

      {rule.kind === 'require' ? (
        <Field label="Where" error={error('where')}>
          {(props) => (
            <select {...props} value={rule.where} onChange={(e) => set('where', e.target.value as RuleDraft['where'])}>
              {REQUIRE_PLACES.map((p) => (
                <option key={p.where} value={p.where}>
                  {p.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}

      {rule.kind === 'limit' ? (
        <div className="row">
          <Field label="What to limit" error={error('metric')}>
            {(props) => (
              <select
                {...props}
                value={rule.metric}
                onChange={(e) => set('metric', e.target.value as RuleDraft['metric'])}
              >
                {LIMIT_METRICS.map((m) => (
                  <option key={m.metric} value={m.metric}>
                    {m.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="At most" error={error('max')}>
            {(props) => (
              <input {...props} inputMode="decimal" value={rule.max} onChange={(e) => set('max', e.target.value)} />
            )}
          </Field>
        </div>
      ) : null}

      <Field
        label={messageRequired ? 'Message to the agent' : 'Message to the agent (optional)'}
        hint="What the agent reads next to the flagged words."
        error={error('message')}
      >
        {(props) => <input {...props} value={rule.message} onChange={(e) => set('message', e.target.value)} />}
      </Field>
      <Field label="Why it matters (optional)" hint="Helps agents understand, not just comply." error={error('why')}>
        {(props) => <input {...props} value={rule.why} onChange={(e) => set('why', e.target.value)} />}
      </Field>
      <Field label="Link to your team’s page on this (optional)" error={error('url')}>
        {(props) => <input {...props} type="url" value={rule.url} onChange={(e) => set('url', e.target.value)} />}
      </Field>
      <button type="button" className="danger" onClick={onRemove}>
        Remove rule {rule.id || index + 1}
      </button>
    </fieldset>
  );
}
