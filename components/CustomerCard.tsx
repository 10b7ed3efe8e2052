import { memo } from 'react';
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

function primaryReading(customer: CustomerAnalysis) {
  return customer.emotions.find((e) => e.emotion === customer.primaryEmotion) ?? null;
}

/** First screen: who the customer is, how they feel and how strongly, and when they need more than a macro. */
export const CustomerSummary = memo(function CustomerSummary({
  customer,
  escalation,
}: {
  customer: CustomerAnalysis;
  escalation: EscalationNote | null;
}) {
  const primary = primaryReading(customer);
  return (
    <section className="card customer" aria-labelledby="customer-heading">
      <h2 id="customer-heading" className="visually-hidden">
        The customer
      </h2>
      <p className="emotion" data-testid="emotion">
        {primary ? (
          <>
            {customer.name ?? 'They'} {customer.name ? 'seems' : 'seem'}{' '}
            <strong>
              {intensityWord(primary.intensity)} {EMOTION_WORDS[primary.emotion]}
            </strong>
            {primary.evidence.length > 0 && (
              <span className="evidence">
                {' '}
                (“
                {primary.evidence
                  .slice(0, 3)
                  .map((e) => e.text)
                  .join('”, “')}
                ”)
              </span>
            )}
          </>
        ) : (
          <>{customer.name ? `${customer.name}: no` : 'No'} strong feelings in their message.</>
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
      {escalation && (
        <div className="note escalation" role="note" data-testid="escalation">
          <strong>More than a macro:</strong> {escalation.reasons.join('; ')}. {escalation.advice}
        </div>
      )}
    </section>
  );
});

/** Folded: their other feelings, their problem and the specifics worth echoing. */
export const CustomerDetails = memo(function CustomerDetails({ customer }: { customer: CustomerAnalysis }) {
  const primary = primaryReading(customer);
  const others = customer.emotions.filter((e) => e !== primary);
  return (
    <>
      {others.length > 0 && <p className="muted">Also: {others.map((e) => EMOTION_WORDS[e.emotion]).join(', ')}</p>}
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
      {others.length === 0 && !customer.problem && customer.specifics.length === 0 && (
        <p className="muted">Nothing more to go on in their message.</p>
      )}
    </>
  );
});
