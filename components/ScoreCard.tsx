import { memo } from 'react';
import type { Readability, Score } from '../lib/coach/types';
import { gradeWords, scoreBand } from '../lib/report-view/selectors';

const BAND_WORDS = { strong: 'Strong reply', good: 'Good, and growing', growing: 'Room to grow' } as const;

/** First screen: the score in one line. */
export const ScoreLine = memo(function ScoreLine({ score }: { score: Score }) {
  const total = Math.round(score.total);
  const band = scoreBand(total);
  return (
    <section className="card score-line" aria-labelledby="score-heading">
      <h2 id="score-heading">Score</h2>
      <p className={`score ${band}`} data-testid="score">
        <span className="score-number">{total}</span>
        <span className="score-of">/100</span> <span className="score-band">{BAND_WORDS[band]}</span>
      </p>
    </section>
  );
});

/** Folded: where the points came from, and the reading grade. */
export const ScoreBreakdown = memo(function ScoreBreakdown({
  score,
  readability,
}: {
  score: Score;
  readability: Readability;
}) {
  return (
    <>
      <ul className="breakdown">
        {score.breakdown.map((part) => (
          <li key={part.id}>
            <span className="label">{part.label}</span>{' '}
            <span className="points">
              {Math.round(part.points)}/{part.max}
            </span>
            <span className="muted"> — {part.note}</span>
          </li>
        ))}
      </ul>
      <p data-testid="grade">
        Reading grade {Math.round(readability.grade * 10) / 10}: {gradeWords(readability.grade)} ({readability.words}{' '}
        words, {Math.round(readability.wordsPerSentence)} per sentence)
      </p>
    </>
  );
});
