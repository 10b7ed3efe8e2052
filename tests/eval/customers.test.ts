import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cohensKappa,
  GOLDEN_PATH,
  keyMatches,
  labelledSpans,
  loadGolden,
  loadDevelopment,
  loadHoldout,
  loadSecondLabels,
  matchSpans,
  scoreTopic,
} from '../../eval/customers';
import { holdoutCandidates, remainingMessages, takenByEarlierSets } from '../../eval/customers-holdout';
import { fnv1a } from '../../eval/esconv-split';
import {
  careDataPath,
  GOLDEN_COUNT,
  GOLDEN_SEED,
  loadCareMessages,
  sampleAcrossCompanies,
  seededRandom,
} from '../../eval/customers-sample';
import { EvalDataError } from '../../eval/dataset';

const scratch = mkdtempSync(join(tmpdir(), 'attune-golden-'));
const goodLine = {
  id: 'a',
  company: 'Acme',
  text: 'My order never came. Where is it?',
  labels: {
    upset: true,
    topic: { topic: 'your order', keys: ['order'] },
    kind: 'not-arrived',
    questions: ['Where is it?'],
    requests: [],
  },
};
function fileWith(name: string, lines: unknown[]): string {
  const path = join(scratch, name);
  writeFileSync(path, lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n'));
  return path;
}

describe('the golden customer set', () => {
  const golden = loadGolden();

  it('holds at least 160 labelled messages from every support account sampled, both upset and calm', () => {
    expect(golden.length).toBeGreaterThanOrEqual(160);
    expect(new Set(golden.map((item) => item.company)).size).toBeGreaterThanOrEqual(20);
    expect(golden.filter((item) => item.labels.upset).length).toBeGreaterThan(40);
    expect(golden.filter((item) => !item.labels.upset).length).toBeGreaterThan(40);
  });

  it('keeps every labelled question and request inside its message', () => {
    for (const item of golden) {
      for (const span of labelledSpans(item)) expect(span.start, item.id).toBeGreaterThanOrEqual(0);
    }
  });

  it.runIf(existsSync(careDataPath()))('is exactly the seeded sample of the customer-care file, raw as posted', () => {
    const sample = sampleAcrossCompanies(loadCareMessages(), GOLDEN_COUNT, GOLDEN_SEED);
    expect(golden.map(({ id, company, text }) => ({ id, company, text }))).toEqual(sample);
  });

  it('reads the fixture file it names', () => {
    expect(readFileSync(GOLDEN_PATH, 'utf8').trim().split('\n')).toHaveLength(golden.length);
  });
});

describe('the held-out customer sets', () => {
  const golden = loadGolden();
  const holdout = loadHoldout();
  const goldenIds = new Set(golden.map((item) => item.id));

  it('hold at least 100 labelled messages, none of them in the development pool', () => {
    const developmentIds = new Set(loadDevelopment().map((item) => item.id));
    expect(holdout.length).toBeGreaterThanOrEqual(100);
    for (const item of holdout) expect(developmentIds.has(item.id), item.id).toBe(false);
  });

  it.runIf(existsSync(careDataPath()))(
    'holdout-a is the seeded even-hash sample of the messages left after the golden set',
    () => {
      const holdoutA = loadGolden(join(GOLDEN_PATH, '../holdout-a.jsonl'));
      for (const item of holdoutA) expect(fnv1a(item.id) % 2, item.id).toBe(0);
      const sample = sampleAcrossCompanies(
        holdoutCandidates(loadCareMessages(), goldenIds, 'even'),
        holdoutA.length,
        GOLDEN_SEED,
      );
      expect(holdoutA.map(({ id, company, text }) => ({ id, company, text }))).toEqual(sample);
    },
  );

  it.runIf(existsSync(careDataPath()))('holdout-b is the first odd-hash messages left after the golden set', () => {
    const holdoutB = loadGolden(join(GOLDEN_PATH, '../holdout-b.jsonl'));
    const firstOdd = holdoutCandidates(loadCareMessages(), goldenIds, 'odd').slice(0, holdoutB.length);
    expect(holdoutB.map(({ id, company, text }) => ({ id, company, text }))).toEqual(firstOdd);
  });

  it.runIf(existsSync(careDataPath()))(
    'holdout-c is every message in no other set, in file order, with no verbatim repeat of a taken one',
    () => {
      const holdoutC = loadGolden(join(GOLDEN_PATH, '../holdout-c.jsonl'));
      const rest = remainingMessages(loadCareMessages(), takenByEarlierSets());
      expect(holdoutC.length).toBeGreaterThanOrEqual(130);
      expect(holdoutC.map(({ id, company, text }) => ({ id, company, text }))).toEqual(rest);
    },
  );

  it('the rest keeps file order and drops taken conversations and repeated texts', () => {
    const message = (id: string, text: string) => ({ id, company: 'Acme', text });
    const messages = [
      message('taken', 'My order never came.'),
      message('twin', ' My order never came.\n'),
      message('first', 'Where is my refund?'),
      message('copy', 'Where is my refund?'),
      message('second', 'The app crashes.'),
    ];
    expect(remainingMessages(messages, [messages[0]!]).map((item) => item.id)).toEqual(['first', 'second']);
  });

  it('refuses an id that appears in two held-out files', () => {
    const folder = mkdtempSync(join(tmpdir(), 'attune-holdout-'));
    writeFileSync(join(folder, 'holdout-a.jsonl'), JSON.stringify(goodLine));
    writeFileSync(join(folder, 'holdout-b.jsonl'), JSON.stringify(goodLine));
    expect(() => loadHoldout(folder, ['holdout-a.jsonl', 'holdout-b.jsonl'])).toThrow(EvalDataError);
  });
});

describe('loading labels: bad input gets a clear error naming the line', () => {
  it('accepts a well-formed line', () => {
    expect(loadGolden(fileWith('good.jsonl', [goodLine]))).toHaveLength(1);
  });
  it('rejects a question that is not in the message', () => {
    const path = fileWith('substring.jsonl', [
      goodLine,
      { ...goodLine, id: 'b', labels: { ...goodLine.labels, questions: ['Where is my refund?'] } },
    ]);
    expect(() => loadGolden(path)).toThrow(/substring.jsonl:2: "Where is my refund\?" is not a substring/);
  });
  it('rejects a kind outside the shared set', () => {
    expect(() =>
      loadGolden(fileWith('kind.jsonl', [{ ...goodLine, labels: { ...goodLine.labels, kind: 'late' } }])),
    ).toThrow(/kind.jsonl:1: labels\.kind/);
  });
  it('rejects lines that are not JSON and repeated ids', () => {
    expect(() => loadGolden(fileWith('json.jsonl', ['{"id":']))).toThrow(EvalDataError);
    expect(() => loadGolden(fileWith('twice.jsonl', [goodLine, goodLine]))).toThrow(/id a appears twice/);
  });
  it('says where the file was looked for when it is missing', () => {
    expect(() => loadGolden(join(scratch, 'absent.jsonl'))).toThrow(/absent\.jsonl/);
  });
});

describe('the second annotator’s labels', () => {
  const development = loadDevelopment();
  const golden = loadGolden(fileWith('one.jsonl', [goodLine]));

  it('label every development message once, and only those', () => {
    expect(loadSecondLabels(development).size).toBe(development.length);
  });
  it('refuse a missing, a stray or a repeated id, and a kind outside the shared set', () => {
    const line = { id: 'a', upset: true, kind: 'not-arrived' };
    expect(loadSecondLabels(golden, fileWith('second.jsonl', [line])).get('a')).toEqual({
      upset: true,
      kind: 'not-arrived',
    });
    expect(() => loadSecondLabels(golden, fileWith('second-none.jsonl', []))).toThrow(/no second label for 1/);
    expect(() => loadSecondLabels(golden, fileWith('second-stray.jsonl', [line, { ...line, id: 'b' }]))).toThrow(
      /id b is not a development message/,
    );
    expect(() => loadSecondLabels(golden, fileWith('second-twice.jsonl', [line, line]))).toThrow(/appears twice/);
    expect(() => loadSecondLabels(golden, fileWith('second-kind.jsonl', [{ ...line, kind: 'late' }]))).toThrow(
      /second-kind.jsonl:1: kind/,
    );
  });
  it('are compared by Cohen’s kappa: 1 when they agree, 0 when they agree only as often as chance', () => {
    expect(
      cohensKappa([
        [true, true],
        [false, false],
      ] as const).kappa,
    ).toBe(1);
    const chance = cohensKappa([
      [true, true],
      [true, false],
      [false, true],
      [false, false],
    ] as const);
    expect(chance).toEqual({ agreement: 0.5, kappa: 0 });
  });
});

describe('topic scoring', () => {
  it('needs every key for right, some for partly', () => {
    expect(scoreTopic('the images you share from Lightroom', ['lightroom', 'shar'])).toBe('right');
    expect(scoreTopic('your Lightroom catalogue', ['lightroom', 'shar'])).toBe('partly');
    expect(scoreTopic('your Photoshop brushes', ['lightroom', 'shar'])).toBe('wrong');
    expect(scoreTopic(null, ['lightroom'])).toBe('missing');
    expect(scoreTopic('  ', ['lightroom'])).toBe('missing');
  });
  it('marks a phrase down a step when it copies raw tweet text or stops mid-phrase', () => {
    expect(scoreTopic('@Google you are locked out of your Gmail', ['gmail'])).toBe('partly');
    expect(scoreTopic('your Gmail https://t.co/abc', ['gmail', 'account'])).toBe('wrong');
    expect(scoreTopic('the trouble with your Gmail and', ['gmail'])).toBe('partly');
    expect(scoreTopic('your Gmail account', ['gmail'])).toBe('right');
  });
  it('matches a key at the start of a word, any of its alternatives, across hyphens and curly quotes', () => {
    expect(keyMatches('the cars you won', 'car')).toBe(true);
    expect(keyMatches('a scary moment', 'car')).toBe(false);
    expect(keyMatches('your Wi-Fi', 'wifi|wi fi')).toBe(true);
    expect(keyMatches('the collector’s bag', "collector's")).toBe(true);
    expect(keyMatches('your RDO session', 'red dead|rdo')).toBe(true);
  });
});

describe('question and request matching by span overlap', () => {
  const gold = [
    { start: 0, end: 10 },
    { start: 20, end: 30 },
  ];
  it('matches one to one, so a span over the whole message counts once', () => {
    expect(matchSpans([{ start: 0, end: 30 }], gold)).toEqual({ truePositive: 1, falsePositive: 0, falseNegative: 1 });
    expect(
      matchSpans(
        [
          { start: 2, end: 9 },
          { start: 21, end: 30 },
        ],
        gold,
      ),
    ).toEqual({ truePositive: 2, falsePositive: 0, falseNegative: 0 });
  });
  it('counts spans that meet no labelled ask as false positives', () => {
    expect(matchSpans([{ start: 11, end: 19 }], gold)).toEqual({ truePositive: 0, falsePositive: 1, falseNegative: 2 });
  });
  it('with a minimum overlap, wants the extents to agree', () => {
    expect(matchSpans([{ start: 0, end: 30 }], gold, 0.5)).toEqual({
      truePositive: 0,
      falsePositive: 1,
      falseNegative: 2,
    });
    expect(matchSpans([{ start: 0, end: 12 }], gold, 0.5).truePositive).toBe(1);
  });
});

describe('the seeded sample', () => {
  const messages = Array.from({ length: 40 }, (_, index) => ({
    id: `m${index}`,
    company: index < 30 ? 'Big' : index < 38 ? 'Mid' : 'Tiny',
    text: `message ${index}`,
  }));
  it('is the same for the same seed and different for another', () => {
    expect(sampleAcrossCompanies(messages, 10, 1)).toEqual(sampleAcrossCompanies(messages, 10, 1));
    expect(sampleAcrossCompanies(messages, 10, 1)).not.toEqual(sampleAcrossCompanies(messages, 10, 2));
  });
  it('gives every company a share in proportion and at least one', () => {
    const counts = new Map<string, number>();
    for (const message of sampleAcrossCompanies(messages, 10, 3))
      counts.set(message.company, (counts.get(message.company) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({ Big: 7, Mid: 2, Tiny: 1 });
  });
  it('draws numbers in [0, 1)', () => {
    const random = seededRandom(7);
    for (let index = 0; index < 1000; index += 1) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('the word-list peer', () => {
  it('reads upset from negative words, shouting, exclamation and frowns, not from product acronyms', async () => {
    const { baselineUpset } = await import('../../eval/customers-baseline');
    expect(baselineUpset('@Spotify FIX THIS BRUH link')).toBe(true);
    expect(baselineUpset('this is ridiculous, nothing works')).toBe(true);
    expect(baselineUpset('my account got hacked please get back to me')).toBe(false); // the situation carries no negative word: the peer misses it
    expect(baselineUpset('plz i wanna go back :(')).toBe(true);
    expect(baselineUpset('@RockstarSupport how do I play GTA on PS4')).toBe(false);
  });
  it('takes the first keyword list that matches for the kind, and the first "my …" for the topic', async () => {
    const { baselineKind, baselineTopic } = await import('../../eval/customers-baseline');
    expect(baselineKind('my account was hacked and the app shows an error')).toBe('account-access');
    expect(baselineKind('How do I annotate my screen?')).toBe('how-to');
    expect(baselineKind('Vintage pottery lovers unite')).toBeNull();
    expect(baselineTopic('@apple my left AirPod disconnects randomly')).toBe('your left AirPod disconnects');
    expect(baselineTopic('Is gmail down?')).toBeNull();
  });
  it('finds questions by "?" and requests by please or help, with spans into the raw text', async () => {
    const { baselineAsks } = await import('../../eval/customers-baseline');
    const text = '@Google locked out. Can you call me? Please help.';
    expect(baselineAsks(text).map((ask) => [text.slice(ask.start, ask.end), ask.kind])).toEqual([
      ['Can you call me?', 'question'],
      ['Please help.', 'request'],
    ]);
  });
});
