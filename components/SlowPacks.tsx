/**
 * Says which team guideline pack was too slow for this draft: the engine gave it its share of the time budget,
 * ran the rules that fit and skipped the rest (Report.guidelines[].skipped), so the coach stayed responsive and
 * the agent learns why some team rules are missing — and whom to tell.
 */
import { memo } from 'react';
import type { Report } from '../lib/coach/types';

export const SlowPacks = memo(function SlowPacks({ packs }: { packs: Report['guidelines'] }) {
  const slow = packs.filter((pack) => pack.skipped);
  if (slow.length === 0) return null;
  return (
    <section className="card" role="status" aria-labelledby="slow-packs-heading" data-testid="slow-packs">
      <h2 id="slow-packs-heading">Some team rules were skipped</h2>
      <ul>
        {slow.map((pack) => (
          <li key={pack.id}>
            Team pack <span className="mono">{pack.id}</span> is too slow for this draft: {pack.skipped?.rulesApplied}{' '}
            of {pack.skipped?.rules} rules ran in its {pack.skipped?.budgetMs} ms. Ask your team lead to simplify it.
          </li>
        ))}
      </ul>
    </section>
  );
});
