import { memo } from 'react';
import type { ChecklistItem, QuestionItem } from '../lib/report-view/selectors';

function Tick({ done }: { done: boolean }) {
  return (
    <span className={done ? 'tick done' : 'tick'} aria-hidden="true">
      {done ? '✓' : '○'}
    </span>
  );
}

export const Checklist = memo(function Checklist({
  items,
  questions,
}: {
  items: ChecklistItem[];
  questions: QuestionItem[];
}) {
  const shown = items.filter((i) => i.needed || i.done);
  return (
    <ul className="checklist" data-testid="checklist">
      {shown.map((item) => (
        <li key={item.id} data-check={item.id} data-done={item.done}>
          <Tick done={item.done} />
          <span>
            {item.label}
            <span className="visually-hidden">{item.done ? ' — done' : ' — to do'}</span>
          </span>
          {item.id === 'questions' && questions.length > 0 && (
            <ul className="questions" aria-label="Their questions">
              {questions.map((q, i) => (
                <li key={i} data-answered={q.answered}>
                  <Tick done={q.answered} />
                  <span>
                    {q.text}
                    <span className="visually-hidden">{q.answered ? ' — answered' : ' — not answered yet'}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
});
