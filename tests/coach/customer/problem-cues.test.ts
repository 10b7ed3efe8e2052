import { describe } from 'vitest';
import { itChecksCueExamples } from '../../support/cue-examples';
import { PROBLEM_CUES } from '../../../lib/coach/lexicon/problem-cues';

describe('problem cues', () => {
  itChecksCueExamples(PROBLEM_CUES);
});
