/**
 * Pattern shapes compromise accepts but matches as nothing (lib/coach/matcher/pattern-check.ts): each is first shown
 * against compromise itself, so the check fails the day a compromise release starts matching them; then the check
 * tells them apart, and every place a pattern is compiled refuses one.
 */
import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { installCompromisePatches } from '../../../lib/coach/compromise-setup';
import { parseGuidelinePack, GuidelinePackError } from '../../../lib/coach/guidelines';
import { readEmotions } from '../../../lib/coach/customer/emotions';
import { CUSTOMER_CUES } from '../../../lib/coach/lexicon/customer-cues';
import { SITUATION_CUES } from '../../../lib/coach/lexicon/situations';
import { CueNet, type PatternCue } from '../../../lib/coach/matcher/net';
import { analyzeText } from '../../../lib/coach/text';
import { patternProblem } from '../../../lib/coach/matcher/pattern-check';
import { compilePhrases } from '../../../lib/coach/rules/phrases';

installCompromisePatches();
const matches = (text: string, pattern: string) => nlp(text).match(pattern).found;

describe('what compromise matches as nothing (why the check exists)', () => {
  it('a group nested in a group; the same alternatives listed flat match', () => {
    const text = 'we apologize for any trouble this may have caused';
    expect(matches(text, 'for any trouble (caused|this (may|might) have caused)')).toBe(false);
    expect(matches(text, 'for any trouble (caused|this may have caused|this might have caused)')).toBe(true);
  });

  it('"cannot" or another contraction inside a group; the words compromise reads instead match every spelling', () => {
    // In a group, "cannot" takes the draft's "can" alone, and the pattern then fails on the implied "not".
    expect(matches('we cannot help', 'we (cannot|will not) help')).toBe(false);
    for (const text of ['we cannot help', "we can't help", 'we can not help', 'we will not help'])
      expect(matches(text, 'we (can not|will not) help')).toBe(true);
    expect(matches("it won't let me in", "(won't|refuses to) let me")).toBe(false);
    expect(matches("it won't let me in", '(will not|refuses to) let me')).toBe(true);
    expect(matches('it dont work', '(dont|never) work')).toBe(false);
    expect(matches('it dont work', '(do not|never) work')).toBe(true);
  });

  it('an optional word inside a group’s alternative is required there', () => {
    expect(matches('we are sad', 'we are (sorry|very? sad)')).toBe(false);
    expect(matches('we are sad', 'we are (sorry|very sad|sad)')).toBe(true);
  });

  it('an alternative that begins a later one takes the match, and the longer one is never tried', () => {
    // The group takes "i", "sorry" then fails on "am", and compromise does not come back for "i am".
    expect(matches('i am sorry', '(i|i am) sorry')).toBe(false);
    expect(matches('i am sorry', '(i am|i) sorry')).toBe(true);
    // At the end of a pattern the shorter one wins: the match is shorter than written.
    expect(nlp('sorry for the wait').match('(sorry|sorry for)').text()).toBe('sorry');
    expect(nlp('sorry for the wait').match('(sorry for|sorry)').text()).toBe('sorry for');
  });

  it('a hyphenated word compromise splits in two, inside a group; its halves with a space match it', () => {
    expect(matches('there is no wi-fi at home', 'no (signal|wi-fi)')).toBe(false);
    expect(matches('there is no wi-fi at home', 'no (signal|wi fi)')).toBe(true);
    expect(matches('I turned on two-factor', 'on (2fa|two-factor)')).toBe(false);
    expect(matches('I turned on two-factor', 'on (2fa|two factor)')).toBe(true);
    // Words compromise keeps whole match as written.
    expect(matches('send me an e-mail', 'an (e-mail|email)')).toBe(true);
    expect(matches('my pre-order', 'my (pre-order|order)')).toBe(true);
  });

  it('a repeated wildcard followed by a group with an alternative of several words', () => {
    for (const wildcard of ['.{0,3}', '.{1,3}', '.*', '.+']) {
      expect(matches('he charged me after i left', `charged ${wildcard} (after|even after) i`)).toBe(false);
      expect(matches('he charged me even after i left', `charged ${wildcard} (even after|after) i`)).toBe(false);
      // One-word alternatives after it match.
      expect(matches('he charged me after i left', `charged ${wildcard} (after|despite) i`)).toBe(true);
    }
    // A single wildcard, or a tagged repeat, before the same group matches.
    expect(matches('he charged me after i left', 'charged .? (after|even after) i')).toBe(true);
    expect(matches('he charged me after i left', 'charged #Pronoun{0,2} (after|even after) i')).toBe(true);
  });
});

describe('patternProblem', () => {
  it('finds a nested group, leaving regex terms alone', () => {
    expect(patternProblem('(caused|this (may|might) have caused)')).toMatch(/nests a group/u);
    expect(patternProblem('(not sure (how|why))')).toMatch(/nests a group/u);
    expect(patternProblem('/^(re|un)set$/ (it|this)')).toBeNull();
  });

  it('finds a contraction inside a group and names the words to write instead', () => {
    expect(patternProblem('we (cannot|will not) help')).toMatch(/“cannot” inside a group: .*write “can not”/u);
    expect(patternProblem("(won't|refuses to) let me")).toMatch(/“won.t”.*write “will not”/u);
    expect(patternProblem('(dont|never) work')).toMatch(/“dont”.*write “do not”/u);
    expect(patternProblem("(it's|that is) great")).toMatch(/“it's” inside a group/u);
    // As written outside a group, and a possessive, compromise matches them.
    expect(patternProblem('we cannot help')).toBeNull();
    expect(patternProblem("the (customer's|client's) order")).toBeNull();
  });

  it('finds an optional word inside an alternative of several words', () => {
    expect(patternProblem('(sorry|very? sad)')).toMatch(/“very\?” inside a group’s alternative/u);
    expect(patternProblem('(sorry|#Adverb{0,2} sad)')).toMatch(/“#Adverb\{0,2\}”/u);
    expect(patternProblem('(sorry|sad)? (we|i) #Adverb{0,2} (apologize|apologise)')).toBeNull();
  });

  it('finds an alternative whose words begin a later alternative, and names the one to list first', () => {
    expect(patternProblem('(i|i am) sorry')).toMatch(/lists “i” before “i am” in a group: .*list “i am” first/u);
    expect(patternProblem('(sorry|Sorry for)')).toMatch(/lists “sorry” before “sorry for”/u);
    expect(patternProblem('(to this|here|to this email) soon')).toMatch(/“to this” before “to this email”/u);
    // Longest first, a word that only begins another word (“error”, “errors”), and an alternative repeated, are fine.
    expect(patternProblem('(i am|i) sorry')).toBeNull();
    expect(patternProblem('(error|errors) (code|codes)')).toBeNull();
    expect(patternProblem('(we|we) (fixed|fixed it)?')).toMatch(/“fixed” before “fixed it”/u);
    expect(patternProblem('(we|we) fixed')).toBeNull();
  });

  it('finds a hyphenated word that compromise splits, inside a group, and names the halves to write', () => {
    expect(patternProblem('no (signal|wi-fi)')).toMatch(/“wi-fi” inside a group: .*write “wi fi”/u);
    expect(patternProblem('(you|nobody|no-one) cares')).toMatch(/write “no one”/u);
    expect(patternProblem('no (signal|wi fi)')).toBeNull();
    expect(patternProblem('an (e-mail|email)')).toBeNull();
    expect(patternProblem('no wi-fi')).toBeNull();
  });

  it('finds a group with a several-word alternative right after a repeated wildcard', () => {
    expect(patternProblem('charged .{0,6} (after|even after) i')).toMatch(/“even after” right after “\.\{0,6\}”/u);
    expect(patternProblem('charged .* (even after|after)')).toMatch(/right after “\.\*”/u);
    expect(patternProblem('charged .{0,6} (after|despite) i')).toBeNull();
    expect(patternProblem('charged .? (after|even after) i')).toBeNull();
    expect(patternProblem('charged .{0,6} free (trial|free month)')).toBeNull();
  });

  it('passes flat patterns', () => {
    expect(patternProblem('(we|i) (sincerely|deeply)? (apologize|apologise) for any (trouble|frustration)')).toBeNull();
    expect(patternProblem('plain words')).toBeNull();
  });
});

describe('every place a pattern is compiled refuses one compromise would match as nothing', () => {
  it('rule phrase lists and cue nets, when they are built', () => {
    expect(() => compilePhrases([{ match: 'sorry (for (any|the) trouble)', reason: 'x' }])).toThrow(/nests a group/u);
    expect(() => new CueNet([{ id: 'nested', match: '(confused|not sure (how|why))' }])).toThrow(/nests a group/u);
    expect(() => new CueNet([{ id: 'contracted', match: '(cannot|can no longer) log in' }])).toThrow(
      /write “can not”/u,
    );
    expect(() => compilePhrases([{ match: '(sorry|sorry for) the wait', reason: 'x' }])).toThrow(
      /list “sorry for” first/u,
    );
  });

  it('a team’s guideline pack, with an error that names the rule and the field', () => {
    const pack = {
      id: 'acme',
      name: 'Acme voice',
      version: 1,
      rules: [
        { kind: 'avoid', id: 'nested', phrases: [{ match: 'sorry (for (any|the) trouble)' }], message: 'x' },
        { kind: 'avoid', id: 'refusal', phrases: ['fine', { match: 'we (cannot|will not) help' }], message: 'x' },
        { kind: 'avoid', id: 'flat', phrases: [{ match: 'we (can not|will not) help' }], message: 'x' },
        { kind: 'avoid', id: 'shadowed', phrases: [{ match: '(i|i am) sorry' }], message: 'x' },
      ],
    };
    let problems: string[] = [];
    try {
      parseGuidelinePack(pack);
    } catch (error) {
      expect(error).toBeInstanceOf(GuidelinePackError);
      problems = (error as GuidelinePackError).problems;
    }
    expect(problems).toEqual([
      expect.stringMatching(/^rule 0 "nested", field phrases\[0\]\.match: this match phrase nests a group/u),
      expect.stringMatching(/^rule 1 "refusal", field phrases\[1\]\.match: this match phrase has “cannot”.*“can not”/u),
      expect.stringMatching(
        /^rule 3 "shadowed", field phrases\[0\]\.match: this match phrase lists “i” before “i am”/u,
      ),
    ]);
  });
});

describe('cues that had a contraction in a group fire on it now', () => {
  const fires = (cues: readonly PatternCue[], id: string, text: string) => {
    const net = new CueNet(cues.filter((cue) => cue.id === id));
    return analyzeText(text).sentences.some((sentence) => net.sweep(sentence).length > 0);
  };

  it('"cannot" as one word: the customer cannot do something, cannot log in', () => {
    for (const text of ['I cannot log in to my account.', 'We still cannot open the app.', 'I cannot remember it.'])
      expect(fires(CUSTOMER_CUES, 'cannot', text), text).toBe(true);
    for (const text of ['I cannot log in since Monday.', 'I cannot access my account.'])
      expect(fires(SITUATION_CUES, 'cannot-log-in', text), text).toBe(true);
  });

  it('"cannot figure" and "cannot work out" read as confusion', () => {
    for (const text of ['I cannot figure out the settings.', 'I cannot work out how to export.']) {
      const confused = readEmotions(analyzeText(text)).find((reading) => reading.emotion === 'confused');
      expect(
        confused?.evidence.map((evidence) => evidence.text),
        text,
      ).toContainEqual(expect.stringMatching(/^(I )?cannot (figure|work out)$/u));
    }
  });
});
