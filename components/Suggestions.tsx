import { memo } from 'react';
import type { Suggestion } from '../lib/coach/types';
import { NAV_ATTRIBUTE } from '../lib/panel/keyboard';

const KIND_HEADING: Record<Suggestion['kind'], string> = {
  acknowledgement: 'Acknowledge',
  reassurance: 'Reassure',
};

export const Suggestions = memo(function Suggestions({
  suggestions,
  onInsert,
}: {
  suggestions: Suggestion[];
  onInsert(text: string): void;
}) {
  if (suggestions.length === 0) return null;
  const kinds = (['acknowledgement', 'reassurance'] as const).filter((k) => suggestions.some((s) => s.kind === k));
  return (
    <>
      {kinds.map((kind) => (
        <div key={kind} className="suggestion-group">
          <h3>{KIND_HEADING[kind]}</h3>
          <ul>
            {suggestions
              .filter((s) => s.kind === kind)
              .map((s) => (
                <li key={s.text} className="suggestion">
                  <button
                    type="button"
                    className="insert"
                    {...{ [NAV_ATTRIBUTE]: '' }}
                    onClick={() => onInsert(s.text)}
                  >
                    <span className="button-verb">Insert</span> <span className="suggestion-text">{s.text}</span>
                  </button>
                  <p className="muted basis">{s.basis}</p>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </>
  );
});
