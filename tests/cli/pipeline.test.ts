/** The CLI's pure pipeline (cli/) without a process: input lines → reports → formatted output. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseCliArgs, UsageError } from '../../cli/args';
import { formatJsonReport, formatTextSummary, lineAndColumn } from '../../cli/format';
import { parseInputLine } from '../../cli/input';
import { GuidelineFileError, coachLines, exitCodeFor, loadGuidelinePack } from '../../cli/run';
import { parseReport, reportSpanErrors } from '../../lib/coach/report-schema';

describe('lineAndColumn', () => {
  it('counts 1-based lines and UTF-16 columns, across \\n and \\r\\n', () => {
    const text = 'Hi 👋\r\nsecond line\nthird';
    expect(lineAndColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn(text, 3)).toEqual({ line: 1, column: 4 });
    expect(lineAndColumn(text, text.indexOf('second'))).toEqual({ line: 2, column: 1 });
    expect(lineAndColumn(text, text.indexOf('line'))).toEqual({ line: 2, column: 8 });
    expect(lineAndColumn(text, text.indexOf('third'))).toEqual({ line: 3, column: 1 });
  });
});

describe('parseInputLine', () => {
  it('accepts {id, customer, draft} and defaults the id to the line number', () => {
    expect(parseInputLine('{"id":"a","customer":"Help?","draft":"Sure."}', 1)).toEqual({
      ok: true,
      input: { id: 'a', customer: 'Help?', draft: 'Sure.', customerName: null },
    });
    expect(parseInputLine('{"draft":"Sure."}', 9)).toMatchObject({ ok: true, input: { id: 9, customer: null } });
  });

  it('names what is wrong and keeps the id when there is one', () => {
    expect(parseInputLine('{"id":"x","draft":42}', 3)).toEqual({
      ok: false,
      id: 'x',
      error: 'draft: must be a string',
    });
    expect(parseInputLine('{"id":"y"}', 3)).toEqual({
      ok: false,
      id: 'y',
      error: 'draft: missing: every line needs a "draft" string',
    });
    expect(parseInputLine('"just a string"', 3)).toMatchObject({
      ok: false,
      error: expect.stringContaining('JSON object'),
    });
    expect(parseInputLine('{"draft":"x","customer":5}', 3)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^customer: /),
    });
  });
});

describe('coachLines', () => {
  it('coaches valid lines, reports bad ones by line number, skips blank lines and keeps going', async () => {
    const output: string[] = [];
    const draft = 'Hi Sam, as I already said, you should have restarted the router.';
    const totals = await coachLines(
      [
        JSON.stringify({ id: 'a', draft, customer: 'Why is my internet down again?' }),
        '   ',
        '{oops',
        JSON.stringify({ id: 'b', draft: '' }),
      ],
      { format: 'jsonl', guidelines: [] },
      (text) => output.push(text),
    );
    expect(totals.drafts).toBe(2);
    expect(totals.failedLines).toBe(1);
    expect(exitCodeFor(totals)).toBe(1);
    expect(output).toHaveLength(3);
    const first = JSON.parse(output[0]!) as Record<string, unknown>;
    expect(Object.keys(first)[0]).toBe('id');
    expect(reportSpanErrors(parseReport(first), { draft, customer: 'Why is my internet down again?' })).toEqual([]);
    expect(JSON.parse(output[1]!)).toMatchObject({ line: 3, error: expect.stringMatching(/^invalid JSON/) });
    const empty = parseReport(JSON.parse(output[2]!));
    expect(empty.findings).toEqual([]);
    expect(empty.readability.words).toBe(0);
  });

  it('ends a text listing with a summary, and exit code 0 when nothing failed', async () => {
    const output: string[] = [];
    const totals = await coachLines(
      [JSON.stringify({ id: 'ok', draft: 'Hello Ana, your refund is on its way.' })],
      { format: 'text', guidelines: [] },
      (text) => output.push(text),
    );
    expect(exitCodeFor(totals)).toBe(0);
    expect(output.at(-1)).toBe(formatTextSummary(totals));
    expect(output.at(-1)).toMatch(/^1 draft, /);
  });
});

describe('formatTextReport', () => {
  it('shortens long unanswered questions without cutting an emoji in half', async () => {
    const output: string[] = [];
    const customer = `Why does the dashboard show ${'😀'.repeat(60)} instead of my numbers?`;
    await coachLines(
      [JSON.stringify({ id: 'e', customer, draft: 'Hello, thanks for writing in.' })],
      { format: 'text', guidelines: [] },
      (text) => output.push(text),
    );
    const checks = output
      .join('\n')
      .split('\n')
      .find((text) => text.startsWith('e  checks:'))!;
    expect(checks).toMatch(/unanswered: "Why does the dashboard show (?:😀)+…"/u);
    expect(checks).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});

describe('formatJsonReport', () => {
  it('keeps the Report field names and puts the id first', async () => {
    const output: string[] = [];
    await coachLines([JSON.stringify({ id: 'k', draft: 'Hi!' })], { format: 'jsonl', guidelines: [] }, (text) =>
      output.push(text),
    );
    const report = parseReport(JSON.parse(output[0]!));
    expect(Object.keys(JSON.parse(formatJsonReport({ id: 'k', report, draft: 'Hi!' })))).toEqual([
      'id',
      'version',
      'customer',
      'checks',
      'findings',
      'suggestions',
      'score',
      'readability',
      'guidelines',
      'elapsedMs',
    ]);
  });
});

describe('arguments and packs', () => {
  it('parses options and rejects unknown ones with a UsageError', () => {
    expect(parseCliArgs(['--format', 'jsonl', '--guidelines', 'a.json', '--guidelines', 'b.json'])).toEqual({
      format: 'jsonl',
      guidelineFiles: ['a.json', 'b.json'],
      draftFile: null,
      customerFile: null,
      help: false,
    });
    expect(() => parseCliArgs(['--colour'])).toThrow(UsageError);
    expect(() => parseCliArgs(['--customer', 'c.txt'])).toThrow(/--customer needs --draft/);
  });

  it('loads a real pack and names the file, rule and field of a broken one', () => {
    const path = new URL('../fixtures/packs/acme-support.json', import.meta.url);
    expect(loadGuidelinePack('acme-support.json', readFileSync(path, 'utf8'))).toMatchObject({
      id: 'acme-support',
      version: 3,
    });
    expect(() => loadGuidelinePack('team.json', '{"id": ')).toThrow(GuidelineFileError);
    const broken = readFileSync(new URL('../fixtures/packs/invalid-pack.json', import.meta.url), 'utf8');
    expect(() => loadGuidelinePack('invalid-pack.json', broken)).toThrow(
      /^invalid-pack\.json: .*rule 0 "no-kindly", field phrases/,
    );
  });
});
