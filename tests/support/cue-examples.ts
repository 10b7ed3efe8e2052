/**
 * The generic test every cue table runs: each cue matches its own example and not its near miss, through the
 * engine's real net over analysed text, and ids are unique — the way rules carry their examples.
 */
import { expect, it } from 'vitest';
import { CueNet, type PatternCue } from '../../lib/coach/matcher/net';
import { analyzeText } from '../../lib/coach/text';

interface ExampleCue extends PatternCue {
  example: string;
  nearMiss: string;
}

export function itChecksCueExamples(cues: readonly ExampleCue[]): void {
  const net = new CueNet(cues);
  const idsIn = (text: string): string[] =>
    analyzeText(text)
      .sentences.flatMap((sentence) => net.sweep(sentence))
      .map((hit) => hit.cue.id);

  it.each(cues.map((cue) => [cue.id, cue] as const))('%s matches its example and not its near miss', (_id, cue) => {
    expect(idsIn(cue.example)).toContain(cue.id);
    expect(idsIn(cue.nearMiss)).not.toContain(cue.id);
  });

  it('has unique ids', () => {
    expect(new Set(cues.map((cue) => cue.id)).size).toBe(cues.length);
  });
}
