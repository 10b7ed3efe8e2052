import { useCallback, useMemo } from 'react';
import type { Report, Suggestion } from '../lib/coach/types';
import { escalationNote, shouldSuggestBreak } from '../lib/lessons/human-touch';
import type { Tip } from '../lib/lessons/tip';
import { NAV_ATTRIBUTE } from '../lib/panel/keyboard';
import type { EditorKind } from '../lib/messaging/protocol';
import type { PanelData } from '../lib/panel/store';
import { nextActions, stillToDo, type ReplaceAction } from '../lib/panel/next-actions';
import {
  checklist,
  panelPhase,
  questionItems,
  visibleFindings,
  type VisibleFinding,
} from '../lib/report-view/selectors';
import { Checklist } from './Checklist';
import { CustomerDetails, CustomerSummary } from './CustomerCard';
import { CustomerSource } from './CustomerSource';
import { Findings } from './Findings';
import { Fold } from './Fold';
import { InlineToggle } from './InlineToggle';
import { NextActions } from './NextActions';
import { ScoreBreakdown, ScoreLine } from './ScoreCard';
import { SlowPacks } from './SlowPacks';
import { Suggestions } from './Suggestions';
import type { PanelActions } from './panel-actions';
import { useRovingNav } from './useRovingNav';
import { useStableJson } from './useStableJson';

const nav = { [NAV_ATTRIBUTE]: '' };
const NO_SUGGESTIONS: Suggestion[] = [];
const NO_PACKS: Report['guidelines'] = [];

const EDITOR_NAMES: Record<EditorKind, string> = {
  textarea: 'a text box',
  input: 'a text field',
  contenteditable: 'a rich-text editor',
  prosemirror: 'ProseMirror',
  tiptap: 'TipTap',
  ckeditor5: 'CKEditor 5',
  tinymce: 'TinyMCE',
  quill: 'Quill',
  lexical: 'Lexical',
  slate: 'Slate',
  draftjs: 'Draft.js',
  trix: 'Trix',
  codemirror: 'CodeMirror',
};

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

export function CoachPanel({
  data,
  actions,
  tip,
  // eslint-disable-next-line react-hooks/purity -- read on every render on purpose: the break check follows each new report
  now = Date.now(),
}: {
  data: PanelData;
  actions: PanelActions;
  tip?: Tip | null;
  now?: number;
}) {
  const onKeyDown = useRovingNav();
  const { coach } = data;
  const phase = panelPhase({ siteEnabled: data.siteEnabled, snapshot: coach?.snapshot ?? null });
  // A keystroke re-renders only the sections whose part of the analysis changed (see useStableJson).
  const findings = useStableJson(
    useMemo(
      () => (coach ? visibleFindings(coach.report.findings, coach.snapshot.draft, data.ignored) : []),
      [coach, data.ignored],
    ),
  );
  const customer = useStableJson(coach?.report.customer ?? null);
  const checks = useStableJson(coach?.report.checks ?? null);
  const suggestions = useStableJson(coach?.report.suggestions ?? NO_SUGGESTIONS);
  const score = useStableJson(coach?.report.score ?? null);
  const readability = useStableJson(coach?.report.readability ?? null);
  const packs = useStableJson(coach?.report.guidelines ?? NO_PACKS);
  const customerMessage = useStableJson(coach?.snapshot.customer ?? null);
  const next = useMemo(() => {
    if (!checks) return { actions: [], todo: [] };
    const ranked = nextActions({ checks, suggestions, customer, findings });
    return { actions: ranked, todo: stillToDo({ checks, findings, actions: ranked }) };
  }, [checks, suggestions, customer, findings]);
  const checklistItems = useMemo(() => (checks ? checklist(checks) : []), [checks]);
  const questions = useMemo(() => (checks ? questionItems(checks) : []), [checks]);
  const escalationNotes = data.wellbeing.escalationNotes;
  const escalation = useMemo(() => (escalationNotes ? escalationNote(customer) : null), [escalationNotes, customer]);
  const onInsert = useCallback((text: string) => void actions.insert(text), [actions]);
  const onApply = useCallback(
    (f: VisibleFinding, replacement: string) => void actions.apply(f, replacement),
    [actions],
  );
  const onApplyNext = useCallback(
    (action: ReplaceAction) => void actions.apply(action.finding, action.replacement),
    [actions],
  );
  const onIgnore = useCallback((f: VisibleFinding) => void actions.ignore(f), [actions]);
  const onIgnoreRule = useCallback((id: string) => void actions.ignoreRule(id), [actions]);
  const onUseSelection = useCallback(() => void actions.useSelection(), [actions]);
  const breakDue = shouldSuggestBreak(data.marks, data.wellbeing, data.lastBreakAt, now);
  const host = hostOf(coach?.snapshot.url ?? data.activeUrl);

  return (
    <main
      className="panel"
      onKeyDown={onKeyDown}
      // Which analysis is on screen: lets benchmarks and tests see the panel catch up with a keystroke.
      data-revision={coach?.snapshot.revision}
      data-draft-length={coach?.snapshot.draft.length}
      data-snapshot-at={coach?.snapshot.at}
      data-analysis-ms={coach?.report.elapsedMs}
    >
      <header className="panel-header">
        <h1>Attune</h1>
        <p className="source muted" data-testid="source">
          {coach
            ? `Reading ${EDITOR_NAMES[coach.snapshot.editorKind] ?? coach.snapshot.editorKind} on ${host ?? coach.snapshot.site}${
                coach.snapshot.site !== 'generic' ? ` (${coach.snapshot.site})` : ''
              }`
            : host
              ? `Watching ${host}`
              : 'Your on-device reply coach'}
        </p>
      </header>

      <div className="notice" role="status" aria-live="polite" data-testid="notice">
        {data.notice?.text ?? ''}
      </div>

      {breakDue && (
        <aside className="note break" aria-label="A short break" data-testid="break">
          <p>
            That was a run of tough conversations. A few minutes away from the screen helps you — and your next
            customer.
          </p>
          <button type="button" {...nav} onClick={() => void actions.takeBreak()}>
            I’ll take a short break
          </button>
        </aside>
      )}

      {phase === 'not-enabled' && (
        <section className="card state" data-testid="state-not-enabled">
          <h2>Attune isn’t on for this site</h2>
          <p>Attune only reads pages you allow. Turn it on here to get coaching while you write.</p>
          {host ? (
            <button type="button" {...nav} onClick={() => void actions.enableSite()}>
              Enable Attune on {host}
            </button>
          ) : (
            <button type="button" {...nav} onClick={() => actions.openOptions()}>
              Choose sites in the options
            </button>
          )}
        </section>
      )}

      {phase === 'waiting' && (
        <section className="card state" data-testid="state-waiting">
          <h2>Ready when you are</h2>
          <p>Start typing a reply in your helpdesk and coaching appears here as you write.</p>
        </section>
      )}

      {phase === 'no-draft' && (
        <section className="card state" data-testid="state-no-draft">
          <h2>Your reply is empty</h2>
          <p>Write a first sentence — Attune follows along as you type.</p>
        </section>
      )}

      {phase === 'no-customer' && (
        <section className="card state" data-testid="state-no-customer">
          <h2>No customer message found</h2>
          <p>
            Attune couldn’t find the customer’s message on this page. Select it on the page, then use it here, so the
            checklist and suggestions fit them.
          </p>
          <button type="button" {...nav} onClick={() => void actions.useSelection()}>
            Use selected text as customer message
          </button>
        </section>
      )}

      {coach && customer && <CustomerSummary customer={customer} escalation={escalation} />}
      {coach && <CustomerSource customer={customerMessage} onUseSelection={onUseSelection} />}

      {coach && checks && phase !== 'waiting' && phase !== 'not-enabled' && (
        <>
          <NextActions actions={next.actions} todo={next.todo} onInsert={onInsert} onApply={onApplyNext} />
          {phase !== 'no-draft' && score && <ScoreLine score={score} />}
          <SlowPacks packs={packs} />

          {customer && (
            <Fold id="customer" title="About the customer">
              <CustomerDetails customer={customer} />
            </Fold>
          )}
          {customer && (
            <Fold id="checklist" title="Active listening">
              <Checklist items={checklistItems} questions={questions} />
            </Fold>
          )}
          {suggestions.length > 0 && (
            <Fold id="suggestions" title="Sentences for this customer" count={suggestions.length}>
              <Suggestions suggestions={suggestions} onInsert={onInsert} />
            </Fold>
          )}
          {phase !== 'no-draft' && score && readability && (
            <>
              <Fold id="findings" title="Ways to make it better" count={findings.length}>
                <Findings findings={findings} onApply={onApply} onIgnore={onIgnore} onIgnoreRule={onIgnoreRule} />
              </Fold>
              <Fold id="score" title="How the score is made">
                <ScoreBreakdown score={score} readability={readability} />
              </Fold>
            </>
          )}
        </>
      )}

      {tip && (
        <Fold id="tip" title={`Tip of the day: ${tip.lesson.title}`}>
          <p className="muted">{tip.because}</p>
          <p>{tip.lesson.why}</p>
        </Fold>
      )}

      <footer className="panel-footer muted">
        <p>Analysed on this device. Your drafts and tickets never leave the browser.</p>
        {coach && <InlineToggle url={coach.snapshot.url} />}
        <button type="button" className="link" {...nav} onClick={() => actions.openOptions()}>
          Settings and progress
        </button>
      </footer>
    </main>
  );
}
