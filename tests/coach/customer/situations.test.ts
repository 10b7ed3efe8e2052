import { describe, expect, it } from 'vitest';
import { itChecksCueExamples } from '../../support/cue-examples';
import { SITUATION_CUES, SITUATIONS } from '../../../lib/coach/lexicon/situations';

describe('situation cues', () => {
  itChecksCueExamples(SITUATION_CUES);

  it('every situation has at least one cue', () => {
    for (const situation of Object.keys(SITUATIONS))
      expect(SITUATION_CUES.some((cue) => cue.situation === situation)).toBe(true);
  });
});
