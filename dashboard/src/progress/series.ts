/** Turns the backend's progress summary into the series the charts draw: pure, so it is tested on its own. */

/** The parts of a day's figures the charts use (the backend's DayFigures has more). */
export interface DayFiguresLike {
  day: string;
  /** Replies sent: scores and rates are about these (a reviewed-then-sent reply counts once). */
  sent: number;
  averageScore: number;
  questionsAsked: number;
  questionsUnanswered: number;
  checks: { acknowledgement: { rate: number | null } };
}

export interface ProgressSeries {
  days: string[];
  acknowledgementRate: Array<number | null>;
  unansweredRate: Array<number | null>;
  averageScore: Array<number | null>;
  replies: number[];
}

/** Share of asked questions left unanswered; null on days no question was asked (nothing to answer). */
export function unansweredRate(day: Pick<DayFiguresLike, 'questionsAsked' | 'questionsUnanswered'>): number | null {
  if (day.questionsAsked === 0) return null;
  return Math.min(day.questionsUnanswered, day.questionsAsked) / day.questionsAsked;
}

export function progressSeries(byDay: readonly DayFiguresLike[]): ProgressSeries {
  const days = [...byDay].sort((a, b) => a.day.localeCompare(b.day));
  return {
    days: days.map((d) => d.day),
    acknowledgementRate: days.map((d) => d.checks.acknowledgement.rate),
    unansweredRate: days.map(unansweredRate),
    averageScore: days.map((d) => (d.sent > 0 ? d.averageScore : null)),
    replies: days.map((d) => d.sent),
  };
}

/** "45%" or "—": a rate in words for summaries read aloud. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? 'no data' : `${Math.round(rate * 100)}%`;
}

/** One sentence describing a rate series for screen readers: first and last day with data. */
export function describeRate(label: string, days: readonly string[], values: ReadonlyArray<number | null>): string {
  const points = days.map((day, i) => ({ day, value: values[i] ?? null })).filter((p) => p.value !== null);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return `${label}: no data in this period.`;
  if (first === last) return `${label}: ${percent(first.value)} on ${first.day}.`;
  return `${label}: ${percent(first.value)} on ${first.day}, ${percent(last.value)} on ${last.day}.`;
}
