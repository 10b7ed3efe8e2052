/** Guideline packs: validation errors that name the rule and field, and every rule kind applied to drafts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/coach/text';
import {
  GuidelinePackError,
  applyGuidelines,
  disabledByPacks,
  guidelinePackSchema,
  parseGuidelinePack,
} from '../../../lib/coach/guidelines';
import type { GuidelinePack, GuidelineRule } from '../../../lib/coach/types';

const noContext = { customer: null, disabled: new Set<string>() };

function pack(rules: GuidelineRule[], extra: Partial<GuidelinePack> = {}): GuidelinePack {
  return parseGuidelinePack({ id: 'acme', name: 'Acme voice', version: 3, rules, ...extra });
}

function run(draft: string, rules: GuidelineRule[], disabled: string[] = []) {
  const findings = applyGuidelines(analyzeText(draft), [pack(rules)], { customer: null, disabled: new Set(disabled) });
  for (const finding of findings) expect(draft.slice(finding.span.start, finding.span.end)).toBe(finding.actual);
  return findings;
}

function problemsOf(json: unknown): string[] {
  try {
    parseGuidelinePack(json);
  } catch (error) {
    expect(error).toBeInstanceOf(GuidelinePackError);
    return (error as GuidelinePackError).problems;
  }
  throw new Error('expected the pack to be rejected');
}

describe('parseGuidelinePack', () => {
  it('accepts a valid pack of every rule kind and returns it unchanged', () => {
    const json = {
      id: 'acme',
      name: 'Acme voice',
      version: 2,
      disable: ['tone/hedging', 'plain'],
      rules: [
        {
          kind: 'avoid',
          id: 'no-kindly',
          phrases: ['kindly', { match: 'please be advised' }],
          message: 'Avoid “%s”.',
          replacements: ['please'],
        },
        { kind: 'prefer', id: 'sign-in', term: 'log in', preferred: 'sign in' },
        {
          kind: 'require',
          id: 'greeting',
          where: 'greeting',
          phrases: ['hi', 'hello'],
          message: 'Open with a greeting.',
        },
        { kind: 'limit', id: 'short', metric: 'sentence-words', max: 25, severity: 'warning' },
      ],
    };
    expect(parseGuidelinePack(json)).toEqual(json);
    expect(guidelinePackSchema.safeParse(json).success).toBe(true);
  });

  it('names the rule index, its id and the field of every problem', () => {
    const problems = problemsOf({
      id: 'acme',
      name: 'Acme voice',
      version: 1,
      rules: [
        { kind: 'avoid', id: 'ok', phrases: ['kindly'], message: 'Avoid it.' },
        { kind: 'avoid', id: 'no-regex', phrases: ['fine', { match: 'we /can.?t/' }], message: 'x' },
        { kind: 'prefer', id: 'empty-term', term: '   ', preferred: 'sign in' },
        { kind: 'limit', id: 'words', metric: 'words-per-minute', max: 3 },
        { kind: 'require', id: 'closing', where: 'closing', phrases: [], message: 'Sign off.' },
        { kind: 'shout', id: 'odd' },
      ],
    });
    expect(problems).toContainEqual(
      expect.stringMatching(/^rule 1 "no-regex", field phrases\[1\]\.match: regular expressions/u),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^rule 2 "empty-term", field term: /u));
    expect(problems).toContainEqual(expect.stringMatching(/^rule 3 "words", field metric: /u));
    expect(problems).toContainEqual(
      expect.stringMatching(/^rule 4 "closing", field phrases: list at least one accepted phrase/u),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^rule 5 "odd", field kind: kind must be one of/u));
    expect(problems.some((problem) => problem.startsWith('rule 0'))).toBe(false);
  });

  it('rejects duplicate rule ids, naming both rules', () => {
    const problems = problemsOf({
      id: 'acme',
      name: 'Acme',
      version: 1,
      rules: [
        { kind: 'prefer', id: 'same', term: 'log in', preferred: 'sign in' },
        { kind: 'prefer', id: 'same', term: 'e-mail', preferred: 'email' },
      ],
    });
    expect(problems).toEqual(['rule 1 "same", field id: duplicate id (rule 0 has it too)']);
  });

  it('rejects broken compromise syntax and unknown fields, and says which pack', () => {
    expect(() =>
      parseGuidelinePack({
        id: 'acme',
        name: 'Acme',
        version: 1,
        rules: [{ kind: 'avoid', id: 'a', phrases: ['x'], message: 'm', regex: '.*' }],
      }),
    ).toThrow(/Guideline pack "acme" is invalid — rule 0 "a"/u);
    expect(problemsOf({ id: 'acme', name: '', version: -1, rules: 'none' })).toEqual([
      expect.stringMatching(/^field name: /u),
      expect.stringMatching(/^field version: /u),
      expect.stringMatching(/^field rules: /u),
    ]);
    expect(problemsOf(null)).toHaveLength(1);
  });
});

describe('applyGuidelines', () => {
  it('avoid: matches literal phrases case-insensitively on word boundaries, across spaces and apostrophes', () => {
    const rules: GuidelineRule[] = [
      {
        kind: 'avoid',
        id: 'no-kindly',
        phrases: ['kindly', "don't worry"],
        message: 'Avoid “%s”.',
        replacements: ['please'],
      },
    ];
    const findings = run('Kindly   wait. We kindly ask. Unkindly said. Don’t  worry.', rules);
    expect(findings.map((finding) => finding.actual)).toEqual(['Kindly', 'kindly', 'Don’t  worry']);
    expect(findings[0]).toMatchObject({
      ruleId: 'guideline/no-kindly',
      source: 'acme',
      severity: 'warning',
      reason: 'Avoid “Kindly”.',
      expected: ['Please'],
    });
    expect(findings[1]?.expected).toEqual(['please']);
  });

  it('avoid: treats regex characters in literal phrases as plain text', () => {
    const rules: GuidelineRule[] = [
      { kind: 'avoid', id: 'odd', phrases: ['C++ (beta)', 'e-mail', 'a.b', '[x]'], message: 'Avoid “%s”.' },
    ];
    expect(run('Try C++ (beta) by e-mail, not axb or email. See [x].', rules).map((finding) => finding.actual)).toEqual(
      ['C++ (beta)', 'e-mail', '[x]'],
    );
  });

  it('finds any valid literal phrase wherever it is pasted into a draft, without throwing', () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 1, maxLength: 20 })
          .filter((phrase) => /^[\p{L}\p{N}]/u.test(phrase.trim()) && /[\p{L}\p{N}]$/u.test(phrase.trim())),
        (phrase) => {
          const rules: GuidelineRule[] = [{ kind: 'avoid', id: 'any', phrases: [phrase], message: 'Avoid “%s”.' }];
          const draft = `Hello — ${phrase.trim()} — bye.`;
          expect(run(draft, rules).length).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('avoid: matches compromise match syntax, including contractions and tags', () => {
    const rules: GuidelineRule[] = [
      {
        kind: 'avoid',
        id: 'no-cannot',
        phrases: [{ match: 'we can not #Infinitive' }],
        message: 'Say what we can do.',
      },
    ];
    const findings = run("We can't refund this. We cannot ship there. We can help.", rules);
    expect(findings.map((finding) => finding.actual)).toEqual(["We can't refund", 'We cannot ship']);
    expect(findings.every((finding) => finding.expected.length === 0)).toBe(true);
  });

  it('avoid: matches compromise chunk syntax (<Noun>), which the engine computes only for such patterns', () => {
    const rules: GuidelineRule[] = [
      { kind: 'avoid', id: 'no-blame-product', phrases: [{ match: '<Noun> is broken' }], message: 'Name the fix.' },
    ];
    const findings = run('The export tool is broken. We are fixing it.', rules);
    expect(findings.map((finding) => finding.actual)).toEqual(['The export tool is broken']);
  });

  it('prefer: suggests the preferred term, keeps sentence case, and leaves the preferred spelling alone', () => {
    const rules: GuidelineRule[] = [
      { kind: 'prefer', id: 'sign-in', term: 'log in', preferred: 'sign in' },
      {
        kind: 'prefer',
        id: 'brand',
        term: 'javascript',
        preferred: 'JavaScript',
        message: "Use '%s' instead of '%s'.",
      },
    ];
    const findings = run('Log in again, then log in on your phone. Javascript and JavaScript.', rules);
    expect(findings.map((finding) => [finding.actual, finding.expected[0], finding.reason])).toEqual([
      ['Log in', 'Sign in', 'Use “Sign in” instead of “Log in”'],
      ['log in', 'sign in', 'Use “sign in” instead of “log in”'],
      ['Javascript', 'JavaScript', "Use 'JavaScript' instead of 'Javascript'."],
    ]);
    expect(findings[0]?.severity).toBe('suggestion');
  });

  it('require: greeting in the first sentence, sign-off in the last ones, phrase anywhere', () => {
    const rules: GuidelineRule[] = [
      {
        kind: 'require',
        id: 'greeting',
        where: 'greeting',
        phrases: ['hi', 'hello'],
        message: 'Open with a greeting.',
      },
      {
        kind: 'require',
        id: 'sign-off',
        where: 'closing',
        phrases: ['best regards', { match: '(warm|kind) regards' }],
        message: 'Sign off warmly.',
      },
      { kind: 'require', id: 'survey', where: 'anywhere', phrases: ['survey'], message: 'Mention the survey.' },
    ];
    const good = run('Hi Sam,\nYour refund is on its way, and our survey takes a minute.\nWarm regards,\nAnna', rules);
    expect(good).toEqual([]);
    const bad = run('Your refund is on its way.\nHi there, thanks.\nCheers,\nAnna', rules);
    expect(bad.map((finding) => [finding.ruleId, finding.actual])).toEqual([
      ['guideline/greeting', 'Your refund is on its way.'],
      ['guideline/sign-off', 'Anna'],
      ['guideline/survey', 'Anna'],
    ]);
    expect(bad[0]?.reason).toBe('Open with a greeting. (accepted: “hi”, “hello”)');
    expect(run('', rules)).toEqual([]);
  });

  it('limit: sentence words, paragraph sentences, draft words and reading grade', () => {
    const long = 'We have now refunded the full amount of your order to the card you used when you bought it.';
    expect(
      run(`Short one. ${long}`, [{ kind: 'limit', id: 'words', metric: 'sentence-words', max: 12 }]).map(
        (finding) => finding.actual,
      ),
    ).toEqual([long]);
    expect(
      run('One. Two. Three.\nFour.', [{ kind: 'limit', id: 'para', metric: 'paragraph-sentences', max: 2 }]).map(
        (finding) => finding.actual,
      ),
    ).toEqual(['One. Two. Three.']);
    const draftWords = run('one two three four five six', [
      { kind: 'limit', id: 'length', metric: 'draft-words', max: 4, message: 'Keep it under 4 words (this has %s).' },
    ]);
    expect(draftWords.map((finding) => [finding.actual, finding.reason])).toEqual([
      ['five six', 'Keep it under 4 words (this has 6).'],
    ]);
    const dense =
      'Notwithstanding the aforementioned considerations, reimbursement eligibility determination necessitates comprehensive documentation verification by our accounting organization. Thanks for waiting, we are on it and will write again.';
    const grade = run(dense, [{ kind: 'limit', id: 'grade', metric: 'reading-grade', max: 8 }]);
    expect(grade).toHaveLength(1);
    expect(grade[0]?.actual).toMatch(/^Notwithstanding/u);
    expect(grade[0]?.reason).toMatch(/^Reading grade \d+\.\d is above your team's limit of 8/u);
    expect(
      run('We fixed it. It works now. Thanks for your patience with us today, Sam, and have a good day.', [
        { kind: 'limit', id: 'grade', metric: 'reading-grade', max: 8 },
      ]),
    ).toEqual([]);
  });

  it('skips rules disabled by id or by the guideline family, and merges the packs’ disable lists', () => {
    const rules: GuidelineRule[] = [{ kind: 'avoid', id: 'no-kindly', phrases: ['kindly'], message: 'Avoid it.' }];
    expect(run('Kindly wait.', rules, ['guideline/no-kindly'])).toEqual([]);
    expect(run('Kindly wait.', rules, ['guideline'])).toEqual([]);
    expect(run('Kindly wait.', rules)).toHaveLength(1);
    expect(
      disabledByPacks([pack([], { disable: ['tone', 'plain/idioms'] }), pack([], { id: 'b', disable: ['tone'] })]),
    ).toEqual(['tone', 'plain/idioms']);
  });

  it('applies several packs and tags each finding with its pack', () => {
    const a = pack([{ kind: 'avoid', id: 'no-kindly', phrases: ['kindly'], message: 'Avoid it.' }]);
    const b = parseGuidelinePack({
      id: 'support-eu',
      name: 'EU team',
      version: 1,
      rules: [{ kind: 'prefer', id: 'colour', term: 'color', preferred: 'colour' }],
    });
    const findings = applyGuidelines(analyzeText('Kindly pick a color.'), [a, b], noContext);
    expect(findings.map((finding) => [finding.source, finding.ruleId])).toEqual([
      ['acme', 'guideline/no-kindly'],
      ['support-eu', 'guideline/colour'],
    ]);
  });
});
