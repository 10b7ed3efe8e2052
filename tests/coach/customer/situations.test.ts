import { describe, expect, it } from 'vitest';
import { CueNet } from '../../../lib/coach/matcher/net';
import { SITUATION_CUES, SITUATIONS } from '../../../lib/coach/lexicon/situations';
import { analyzeText } from '../../../lib/coach/text';

// Every situation pattern carries an example it must match and a near miss it must not, through the engine's net.
const net = new CueNet(SITUATION_CUES);
const idsIn = (text: string): string[] =>
  analyzeText(text)
    .sentences.flatMap((sentence) => net.sweep(sentence))
    .map((hit) => hit.cue.id);

describe('situation cues', () => {
  it.each(SITUATION_CUES.map((cue) => [cue.id, cue] as const))(
    '%s matches its example and not its near miss',
    (_id, cue) => {
      expect(idsIn(cue.example)).toContain(cue.id);
      expect(idsIn(cue.nearMiss)).not.toContain(cue.id);
    },
  );

  it('every situation has at least one cue', () => {
    for (const situation of Object.keys(SITUATIONS))
      expect(SITUATION_CUES.some((cue) => cue.situation === situation)).toBe(true);
  });
});
