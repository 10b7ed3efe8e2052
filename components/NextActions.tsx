import { memo, useEffect, useRef } from 'react';
import { NAV_ATTRIBUTE } from '../lib/panel/keyboard';
import type { NextAction, ReplaceAction } from '../lib/panel/next-actions';
import { applyLabel, truncate } from '../lib/report-view/selectors';

const nav = { [NAV_ATTRIBUTE]: '' };

/** The first screen's two or three things to do next, each with its one-click fix, and what is left after them. */
export const NextActions = memo(function NextActions({
  actions,
  todo,
  onInsert,
  onApply,
}: {
  actions: readonly NextAction[];
  todo: readonly string[];
  onInsert(text: string): void;
  onApply(action: ReplaceAction): void;
}) {
  const list = useRef<HTMLElement>(null);
  // The position of the fix the agent last used: once it is done its item leaves the list, and keyboard focus would
  // fall to the page's body. It moves to the fix now in that place (or the heading) instead.
  const actedAt = useRef<number | null>(null);
  useEffect(() => {
    const at = actedAt.current;
    if (at === null || !list.current || list.current.contains(document.activeElement)) return;
    // Only while the agent is in the panel: never pull focus from their reply.
    if (!document.hasFocus() || (document.activeElement && document.activeElement !== document.body)) {
      actedAt.current = null;
      return;
    }
    const fixes = list.current.querySelectorAll<HTMLElement>('.next-action button');
    (fixes[Math.min(at, fixes.length - 1)] ?? list.current.querySelector<HTMLElement>('#next-heading'))?.focus();
    actedAt.current = null;
  }, [actions]);
  const acted = (index: number) => () => {
    actedAt.current = index;
  };

  return (
    <section className="card next" aria-labelledby="next-heading" data-testid="next-actions" ref={list}>
      <h2 id="next-heading" tabIndex={-1}>
        Do next
      </h2>
      {actions.length === 0 ? (
        <p className="calm">Nothing with a quick fix left.</p>
      ) : (
        <ol className="next-actions">
          {actions.map((action, index) => (
            <li key={action.key} className="next-action" data-testid="next-action" data-kind={action.kind}>
              <p className="next-title" id={`next-${action.key}`}>
                {action.title}
                {/* Most reasons already quote the words; quote them only where the reason does not. */}
                {action.kind === 'replace' && !action.title.includes(action.finding.actual) && (
                  <>
                    {' '}
                    <q className="actual">{truncate(action.finding.actual, 50)}</q>
                  </>
                )}
              </p>
              {action.kind === 'insert' ? (
                <button
                  type="button"
                  className="insert"
                  {...nav}
                  aria-describedby={`next-${action.key}`}
                  onFocus={acted(index)}
                  onClick={() => onInsert(action.text)}
                >
                  <span className="button-verb">Insert</span> <span className="suggestion-text">{action.text}</span>
                </button>
              ) : (
                <button
                  type="button"
                  className="apply"
                  {...nav}
                  aria-describedby={`next-${action.key}`}
                  onFocus={acted(index)}
                  onClick={() => onApply(action)}
                >
                  {applyLabel(action.replacement)}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {todo.length > 0 && (
        <p className="muted todo" data-testid="still-to-do">
          <span className="label">Still to do:</span> {todo.join(' · ')}
        </p>
      )}
    </section>
  );
});
