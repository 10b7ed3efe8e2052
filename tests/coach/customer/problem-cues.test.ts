import { describe, expect, it } from 'vitest';
import { CueNet } from '../../../lib/coach/matcher/net';
import { PROBLEM_CUES } from '../../../lib/coach/lexicon/problem-cues';
import { analyzeText } from '../../../lib/coach/text';

// Every problem cue carries an example it must match and a near miss it must not, through the engine's net.
const net = new CueNet(PROBLEM_CUES);
const idsIn = (text: string): string[] =>
  analyzeText(text)
    .sentences.flatMap((sentence) => net.sweep(sentence))
    .map((hit) => hit.cue.id);

describe('problem cues', () => {
  it.each(PROBLEM_CUES.map((cue) => [cue.id, cue] as const))(
    '%s matches its example and not its near miss',
    (_id, cue) => {
      expect(idsIn(cue.example)).toContain(cue.id);
      expect(idsIn(cue.nearMiss)).not.toContain(cue.id);
    },
  );

  it('has unique ids', () => {
    expect(new Set(PROBLEM_CUES.map((cue) => cue.id)).size).toBe(PROBLEM_CUES.length);
  });
});
