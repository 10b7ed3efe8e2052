/**
 * The live preview: the real coaching engine (lib/coach) runs here in the browser on a sample reply with the
 * pack being edited, so the lead sees exactly what agents will see — and no sample text leaves the page.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { analyze } from '../../../lib/coach/index';
import type { Finding, GuidelinePack, Report } from '../../../lib/coach/types';
import { Field } from '../ui/Field';
import { splitByFindings } from './highlight';

interface PreviewProps {
  /** The pack as currently typed; null while it has errors (the preview then explains why it is paused). */
  pack: GuidelinePack | null;
  /** Why the preview is paused, when it is. */
  pausedReason?: string | null;
}

const SAMPLE_CUSTOMER =
  'Hi, I was charged twice for my order #4821 and I need the money back before Friday. Can you fix this?';
const SAMPLE_REPLY = 'Unfortunately we cannot do that. Please wait for our billing team.\n\nRegards';

interface PreviewResult {
  report: Report | null;
  error: string | null;
}

function runEngine(draft: string, customer: string, pack: GuidelinePack | null): PreviewResult {
  if (!pack || draft.trim() === '') return { report: null, error: null };
  try {
    return { report: analyze({ draft, customer: customer || null, guidelines: [pack] }), error: null };
  } catch (error) {
    return { report: null, error: error instanceof Error ? error.message : String(error) };
  }
}

export function isFromPack(finding: Finding, pack: GuidelinePack): boolean {
  return finding.source === pack.id || finding.ruleId.startsWith('guideline/');
}

export function Preview({ pack, pausedReason }: PreviewProps) {
  const [customer, setCustomer] = useState(SAMPLE_CUSTOMER);
  const [draft, setDraft] = useState(SAMPLE_REPLY);
  // Typing stays responsive: the engine runs on the deferred values, after the keystroke has painted.
  const deferredDraft = useDeferredValue(draft);
  const deferredCustomer = useDeferredValue(customer);
  const { report, error } = useMemo(
    () => runEngine(deferredDraft, deferredCustomer, pack),
    [deferredDraft, deferredCustomer, pack],
  );
  const packFindings = report && pack ? report.findings.filter((f) => isFromPack(f, pack)) : [];
  const otherFindings = report && pack ? report.findings.filter((f) => !isFromPack(f, pack)) : [];
  const pieces = splitByFindings(deferredDraft, packFindings);

  return (
    <section className="card preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Live preview</h2>
      <p className="hint">
        Type a reply as an agent would. The coach runs right here in your browser with this pack — the sample text is
        never sent anywhere.
      </p>
      <Field label="Sample customer message">
        {(props) => <textarea {...props} value={customer} onChange={(e) => setCustomer(e.target.value)} />}
      </Field>
      <Field label="Sample reply">
        {(props) => (
          <textarea {...props} value={draft} onChange={(e) => setDraft(e.target.value)} data-testid="sample-reply" />
        )}
      </Field>
      {!pack ? (
        <p className="status error" data-testid="preview-paused">
          The preview is paused until the pack is complete{pausedReason ? ` — ${pausedReason}` : '.'}
        </p>
      ) : error ? (
        <p className="status error" role="alert">
          The coach could not check this reply: {error}
        </p>
      ) : (
        <div aria-live="polite">
          <h3>What this pack flags</h3>
          <p className="preview-text" data-testid="preview-text">
            {pieces.map((piece, i) =>
              piece.finding === null ? (
                <span key={i}>{piece.text}</span>
              ) : (
                <mark key={i} title={packFindings[piece.finding]?.reason}>
                  {piece.text}
                </mark>
              ),
            )}
          </p>
          {packFindings.length === 0 ? (
            <p data-testid="preview-none">Nothing in this reply breaks the pack’s rules.</p>
          ) : (
            <ul className="findings" data-testid="preview-findings">
              {packFindings.map((finding, i) => (
                <li key={`${finding.ruleId}-${finding.span.start}-${i}`} className={finding.severity}>
                  <strong>{finding.reason}</strong>
                  {finding.actual ? <> — “{finding.actual}”</> : null}
                  {finding.expected.length > 0 ? <div>Try: {finding.expected.join(' · ')}</div> : null}
                  {finding.why ? <div className="hint">{finding.why}</div> : null}
                  <div className="hint mono">{finding.ruleId}</div>
                </li>
              ))}
            </ul>
          )}
          {report ? (
            <p className="hint">
              The built-in coach also has {otherFindings.length} other {otherFindings.length === 1 ? 'note' : 'notes'}{' '}
              on this reply; score {report.score.total}/100.
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}
