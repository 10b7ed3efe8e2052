/** The panel names a team pack that ran out of its time budget on this draft, from a real analysis. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SlowPacks } from '../../components/SlowPacks';
import { analyze } from '../../lib/coach/index';
import type { GuidelinePack } from '../../lib/coach/types';

describe('SlowPacks', () => {
  it('names the pack that was skipped, and says nothing when every pack ran', () => {
    const words = 'thanks for waiting I checked your order and the refund is on its way'.split(' ');
    const draft = Array.from({ length: 1500 }, (_, i) => words[i % words.length]).join(' ');
    const slow: GuidelinePack = {
      id: 'heavy-voice',
      name: 'Heavy voice',
      version: 2,
      rules: Array.from({ length: 2000 }, (_, i) => ({
        kind: 'avoid' as const,
        id: `r${i}`,
        phrases: [{ match: `#Noun+ .* (refund|order${i}) .* #Verb` }],
        message: 'Avoid %s.',
      })),
    };
    const report = analyze({ draft, guidelines: [slow], teamRulesBudgetMs: 20 });
    const { unmount } = render(<SlowPacks packs={report.guidelines} />);
    expect(screen.getByTestId('slow-packs').textContent).toMatch(
      /Team pack heavy-voice is too slow for this draft: \d+ of 2000 rules ran in its 20 ms/,
    );
    unmount();
    const quick = analyze({
      draft: 'Your refund is on its way.',
      guidelines: [{ ...slow, rules: slow.rules.slice(0, 1) }],
    });
    render(<SlowPacks packs={quick.guidelines} />);
    expect(screen.queryByTestId('slow-packs')).toBeNull();
  });
});
