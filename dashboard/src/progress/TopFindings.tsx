/**
 * The most frequent findings as a labelled bar list. Categories with long names read better as HTML than on a
 * canvas, and a list is announced item by item by screen readers.
 */
export function TopFindings({ rules }: { rules: ReadonlyArray<{ ruleId: string; count: number }> }) {
  const max = Math.max(1, ...rules.map((r) => r.count));
  return (
    <figure className="card">
      <figcaption>
        <h3>Most frequent findings</h3>
      </figcaption>
      {rules.length === 0 ? (
        <p className="hint">No findings recorded in this period.</p>
      ) : (
        <ol className="bars" data-testid="top-findings">
          {rules.map((rule) => (
            <li key={rule.ruleId}>
              <span className="mono">{rule.ruleId}</span>
              <span className="bar" style={{ width: `${(rule.count / max) * 100}%` }} aria-hidden="true" />
              <span>
                {rule.count}
                <span className="visually-hidden"> times</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}
