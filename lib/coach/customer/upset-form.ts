/**
 * The upset model's readings of how a message presses (lexicon/upset-form-cues.ts): waiting for something owed,
 * calls on the company to act, trouble that comes back. What is only supposed ("if it happens again", "in case
 * nobody answers") has not happened to them, so a cue inside a condition says nothing about how they feel.
 */
import { UPSET_FORM_CUES, type UpsetFormCue, type UpsetFormKind } from '../lexicon/upset-form-cues';
import { CueNet } from '../matcher/net';
import type { AnalyzedText, Sentence } from '../text';

const formNet = new CueNet(UPSET_FORM_CUES);

export interface UpsetFormHit {
  cue: UpsetFormCue;
  sentence: Sentence;
  /** Offset in the whole message. */
  start: number;
}

/** A condition opens the clause before the cue: "if it happens again", "unless someone answers". */
const CONDITION = /\b(?:if|unless|in case|should (?:it|this|that))\b(?![^,;:—–]*[,;:—–])/i;

/** Recurrence and waiting inside a condition are supposed, not told; a call to act in one is a threat, kept. */
export function conditional(sentence: Sentence, start: number, kind: UpsetFormKind): boolean {
  if (kind === 'call-to-act') return false;
  return CONDITION.test(sentence.text.slice(0, start - sentence.start));
}

export function readUpsetForm(text: AnalyzedText): UpsetFormHit[] {
  return text.sentences.flatMap((sentence) =>
    formNet
      .sweep(sentence)
      .map((hit) => ({ cue: hit.cue, sentence, start: sentence.start + hit.start }))
      .filter((hit) => !conditional(sentence, hit.start, hit.cue.kind)),
  );
}
