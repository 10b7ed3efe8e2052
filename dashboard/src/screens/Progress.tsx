/** Team progress over time: acknowledgement, unanswered questions, score, and what the coach flags most. */
import { useId, useMemo, useState } from 'react';
import { ProgressChart } from '../../../components/ProgressChart';
import { useAggregates, type Session } from '../api/hooks';
import { describeRate, percent, progressSeries, unansweredRate } from '../progress/series';
import { TopFindings } from '../progress/TopFindings';
import { ColumnHeaders } from '../ui/ColumnHeaders';
import { Status } from '../ui/Status';

const PERIODS = [7, 30, 90] as const;
const SHARE_RANGE: [number, number] = [0, 1];
const asPercent = (share: number) => `${Math.round(share * 100)}%`;
const oneDecimal = (value: number) => String(Math.round(value * 10) / 10);

export function Progress({ session, theme }: { session: Session; theme: string }) {
  const [days, setDays] = useState<number>(30);
  const periodId = useId();
  const aggregates = useAggregates(session.team.id, days);
  const data = aggregates.data;
  const series = useMemo(() => progressSeries(data?.byDay ?? []), [data]);
  const rateSeries = useMemo(
    () => [
      { label: 'Acknowledged the customer', values: series.acknowledgementRate, color: '--chart-1' },
      { label: 'Questions left unanswered', values: series.unansweredRate, color: '--chart-2' },
    ],
    [series],
  );
  const scoreSeries = useMemo(
    () => [{ label: 'Average score', values: series.averageScore, color: '--chart-3' }],
    [series],
  );

  return (
    <main id="main" tabIndex={-1}>
      <h1>Team progress</h1>
      <p className="hint">
        Figures come from counters agents’ extensions send after each reply — never the text of a reply or a ticket.
        Scores and rates are about sent replies; a draft reviewed with the coach and then sent counts once.
      </p>
      <div className="field inline">
        <label htmlFor={periodId}>Period</label>
        <select id={periodId} value={days} onChange={(e) => setDays(Number(e.target.value))} style={{ width: 'auto' }}>
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              Last {p} days
            </option>
          ))}
        </select>
      </div>
      {aggregates.isPending ? <p role="status">Loading figures…</p> : null}
      <Status error={aggregates.error} />
      {data ? (
        <>
          <section aria-label="Totals" className="row" data-testid="totals">
            <div className="card">
              <div className="hint">Replies sent</div>
              <strong>{data.totals.sent}</strong>
            </div>
            <div className="card">
              <div className="hint">Drafts reviewed with the coach</div>
              <strong>{data.totals.reviewed}</strong>
            </div>
            <div className="card">
              <div className="hint">Average score</div>
              <strong>{data.totals.sent > 0 ? Math.round(data.totals.averageScore) : '—'}</strong>
            </div>
            <div className="card">
              <div className="hint">Acknowledged the customer</div>
              <strong>{percent(data.totals.checks.acknowledgement.rate)}</strong>
            </div>
            <div className="card">
              <div className="hint">Questions left unanswered</div>
              <strong>{percent(unansweredRate(data.totals))}</strong>
            </div>
          </section>
          <ProgressChart
            title="Acknowledgement and unanswered questions"
            summary={`${describeRate('Acknowledged', series.days, series.acknowledgementRate)} ${describeRate(
              'Unanswered questions',
              series.days,
              series.unansweredRate,
            )}`}
            days={series.days}
            series={rateSeries}
            format={asPercent}
            yRange={SHARE_RANGE}
            table="disclosure"
            theme={theme}
          />
          <ProgressChart
            title="Average score"
            summary={`Average reply score per day over the last ${days} days.`}
            days={series.days}
            series={scoreSeries}
            format={oneDecimal}
            table="disclosure"
            theme={theme}
          />
          <TopFindings rules={data.topRules} />
          <section className="card" aria-labelledby="agents-heading">
            <h2 id="agents-heading">Agents</h2>
            {data.members === null ? (
              <p>
                Individual figures are private to each agent. You can change this in Team settings; agents are told in
                their extension when leads can see their figures.
              </p>
            ) : (
              <table>
                <ColumnHeaders columns={['Agent', 'Replies', 'Average score', 'Reviewed']} />
                <tbody>
                  {data.members.map((m) => (
                    <tr key={m.memberId}>
                      <th scope="row">{m.displayName}</th>
                      <td>{m.sent}</td>
                      <td>{m.sent > 0 ? Math.round(m.averageScore) : '—'}</td>
                      <td>{m.reviewed}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      ) : null}
    </main>
  );
}
