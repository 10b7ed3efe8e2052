import type { CustomerAnalysis, Emotion } from '../lib/coach/types';
import type { EscalationNote } from '../lib/lessons/human-touch';

const EMOTION_WORDS: Record<Emotion, string> = {
  frustrated: 'frustrated',
  angry: 'angry',
  anxious: 'anxious',
  confused: 'confused',
  disappointed: 'disappointed',
  urgent: 'in a hurry',
  grateful: 'grateful',
};

export function intensityWord(intensity: number): string {
  return intensity >= 0.75 ? 'very' : intensity >= 0.45 ? 'clearly' : 'a little';
}

export function CustomerCard({
  customer,
  escalation,
}: {
  customer: CustomerAnalysis;
  escalation: EscalationNote | null;
}) {
  const primary = customer.emotions.find((e) => e.emotion === customer.primaryEmotion) ?? null;
  return (
    <section className="card" aria-labelledby="customer-heading">
      <h2 id="customer-heading">The customer</h2>
      <p className="emotion" data-testid="emotion">
        {primary ? (
          <>
            {customer.name ?? 'They'} {customer.name ? 'seems' : 'seem'}{' '}
            <strong>
              {intensityWord(primary.intensity)} {EMOTION_WORDS[primary.emotion]}
            </strong>
            {primary.evidence.length > 0 && (
              <span className="evidence"> (“{primary.evidence.slice(0, 3).map((e) => e.text).join('”, “')}”)</span>
            )}
          </>
        ) : (
          <>No strong feelings in their message.</>
        )}
      </p>
      {primary && (
        <meter
          className="intensity"
          min={0}
          max={1}
          value={primary.intensity}
          aria-label={`Intensity of feeling: ${Math.round(primary.intensity * 100)}%`}
        />
      )}
      {customer.emotions.length > 1 && (
        <p className="muted">
          Also: {customer.emotions.filter((e) => e !== primary).map((e) => EMOTION_WORDS[e.emotion]).join(', ')}
        </p>
      )}
      {escalation && (
        <div className="note escalation" role="note" data-testid="escalation">
          <strong>More than a macro:</strong> {escalation.reasons.join('; ')}. {escalation.advice}
        </div>
      )}
      {customer.problem && (
        <p>
          <span className="label">Their problem:</span> {customer.problem}
        </p>
      )}
      {customer.specifics.length > 0 && (
        <div>
          <span className="label">Worth echoing:</span>
          <ul className="chips" aria-label="Specifics worth echoing">
            {customer.specifics.map((s) => (
              <li key={`${s.span.start}-${s.kind}`} className="chip">
                {s.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
