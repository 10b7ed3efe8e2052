import { useMemo, useState } from 'react';
import { lessonFor } from '../lib/lessons/lessons';
import { tipOfTheDay } from '../lib/lessons/tip';
import { summarize } from '../lib/progress/aggregate';
import { toCsv, toJson } from '../lib/progress/export';
import type { ReplyRecord } from '../lib/progress/record';
import { progressItem, resetProgress } from '../lib/progress/store';
import { ProgressChart, type ChartSeries } from './ProgressChart';
import { useStorageItem } from './useStorageItem';

const percent = (v: number) => `${Math.round(v * 100)}%`;
const wholeNumber = (v: number) => String(Math.round(v));
const SCORE_RANGE: [number, number] = [0, 100];
const SHARE_RANGE: [number, number] = [0, 1];

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ProgressSection({ now: nowProp }: { now?: number }) {
  // One clock reading per mount: summaries and the tip stay memoised while the page is open.
  const [mountedAt] = useState(() => Date.now());
  const now = nowProp ?? mountedAt;
  const [records] = useStorageItem<ReplyRecord[]>(progressItem);
  const [confirmReset, setConfirmReset] = useState(false);
  const summary = useMemo(() => summarize(records ?? [], now), [records, now]);
  const tip = useMemo(() => tipOfTheDay(records ?? [], now), [records, now]);
  const days = useMemo(() => summary.daily.map((d) => d.day), [summary]);
  const scoreSeries = useMemo<ChartSeries[]>(
    () => [{ label: 'Average score', values: summary.daily.map((d) => d.averageScore), color: '#2f7dbb' }],
    [summary],
  );
  const rateSeries = useMemo<ChartSeries[]>(
    () => [
      { label: 'Acknowledged', values: summary.daily.map((d) => d.acknowledgementRate), color: '#2e9e5b' },
      { label: 'Questions answered', values: summary.daily.map((d) => d.questionsAnsweredRate), color: '#c07a12' },
    ],
    [summary],
  );

  return (
    <section className="card" aria-labelledby="progress-heading" id="progress">
      <h2 id="progress-heading">Your progress</h2>
      {summary.replies === 0 ? (
        <p>Your progress appears here after your first replies. Only counts and scores are kept — never your words.</p>
      ) : (
        <>
          <dl className="stats" data-testid="progress-stats">
            <div>
              <dt>Replies</dt>
              <dd>{summary.replies}</dd>
            </div>
            <div>
              <dt>Average score</dt>
              <dd>{Math.round(summary.averageScore ?? 0)}</dd>
            </div>
            <div>
              <dt>Acknowledged when it mattered</dt>
              <dd>{summary.acknowledgementRate === null ? '—' : percent(summary.acknowledgementRate)}</dd>
            </div>
            <div>
              <dt>Questions answered</dt>
              <dd>{summary.questionsAnsweredRate === null ? '—' : percent(summary.questionsAnsweredRate)}</dd>
            </div>
            <div>
              <dt>Days in a row</dt>
              <dd>
                {summary.streaks.currentDays} (best {summary.streaks.longestDays})
              </dd>
            </div>
            <div>
              <dt>Acknowledged in a row</dt>
              <dd>{summary.streaks.acknowledgedInARow}</dd>
            </div>
            <div>
              <dt>Suggestions used</dt>
              <dd>{summary.suggestionsApplied}</dd>
            </div>
          </dl>
          <ProgressChart
            title="Score over time"
            days={days}
            series={scoreSeries}
            format={wholeNumber}
            yRange={SCORE_RANGE}
          />
          <ProgressChart
            title="Acknowledgement and questions answered"
            days={days}
            series={rateSeries}
            format={percent}
            yRange={SHARE_RANGE}
          />
          {summary.frequent.length > 0 && (
            <>
              <h3>What comes up most — and a lesson for each</h3>
              <ol className="frequent">
                {summary.frequent.map((f) => (
                  <li key={f.ruleId}>
                    <strong>{lessonFor(f.ruleId).title}</strong>{' '}
                    <span className="muted">
                      ({f.ruleId}, in {f.replies} replies)
                    </span>
                    <p className="muted">{lessonFor(f.ruleId).why}</p>
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
      <aside className="tip" aria-labelledby="tip-heading">
        <h3 id="tip-heading">Tip of the day: {tip.lesson.title}</h3>
        <p className="muted">{tip.because}</p>
        <p>{tip.lesson.why}</p>
        <p>
          <span className="label">Before:</span> {tip.lesson.before}
        </p>
        <p>
          <span className="label">After:</span> {tip.lesson.after}
        </p>
      </aside>
      <h3>Your data</h3>
      <div className="actions">
        <button
          type="button"
          onClick={() => download('attune-progress.json', 'application/json', toJson(records ?? []))}
        >
          Export JSON
        </button>
        <button type="button" onClick={() => download('attune-progress.csv', 'text/csv', toCsv(records ?? []))}>
          Export CSV
        </button>
        {confirmReset ? (
          <>
            <button
              type="button"
              className="quiet"
              onClick={() => void resetProgress().then(() => setConfirmReset(false))}
            >
              Yes, delete my progress
            </button>
            <button type="button" className="quiet" onClick={() => setConfirmReset(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="quiet" onClick={() => setConfirmReset(true)}>
            Reset progress…
          </button>
        )}
      </div>
    </section>
  );
}
