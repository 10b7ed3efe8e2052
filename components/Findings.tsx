import { memo } from 'react';
import { NAV_ATTRIBUTE } from '../lib/panel/keyboard';
import {
  applyLabel,
  groupBySeverity,
  SEVERITY_LABEL,
  truncate,
  type VisibleFinding,
} from '../lib/report-view/selectors';
import { LessonDetails } from './LessonDetails';

const nav = { [NAV_ATTRIBUTE]: '' };

export const Findings = memo(function Findings({
  findings,
  onApply,
  onIgnore,
  onIgnoreRule,
}: {
  findings: VisibleFinding[];
  onApply(finding: VisibleFinding, replacement: string): void;
  onIgnore(finding: VisibleFinding): void;
  onIgnoreRule(ruleId: string): void;
}) {
  const groups = groupBySeverity(findings);
  return (
    <>
      {groups.length === 0 && <p className="calm">Nothing to polish right now — nice work.</p>}
      {groups.map((group) => (
        <div key={group.severity} className={`severity ${group.severity}`}>
          <h3>
            {SEVERITY_LABEL[group.severity]} <span className="count">({group.findings.length})</span>
          </h3>
          <ul className="findings">
            {group.findings.map((f) => (
              <li key={f.id} className="finding" data-rule={f.ruleId} data-testid="finding">
                <p className="reason" id={`reason-${f.id}`}>
                  {f.reason} <q className="actual">{truncate(f.actual, 60)}</q>
                </p>
                <p className="why muted">{f.why}</p>
                <div className="actions">
                  {f.expected.slice(0, 3).map((replacement) => (
                    <button
                      type="button"
                      key={replacement}
                      className="apply"
                      {...nav}
                      onClick={() => onApply(f, replacement)}
                    >
                      {applyLabel(replacement)}
                    </button>
                  ))}
                  <button
                    type="button"
                    className="quiet"
                    {...nav}
                    aria-describedby={`reason-${f.id}`}
                    onClick={() => onIgnore(f)}
                  >
                    Ignore
                  </button>
                  <button type="button" className="quiet" {...nav} onClick={() => onIgnoreRule(f.ruleId)}>
                    Always ignore “{f.ruleId}”
                  </button>
                </div>
                <LessonDetails id={f.ruleId} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
});
