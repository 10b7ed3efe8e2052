/**
 * The `coach` command end to end: a real `tsx cli/coach.ts` process with real stdin, files and exit codes.
 * Each spawn costs a second or so, so every test checks several things of one run.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport, reportSpanErrors } from '../../lib/coach/report-schema';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const pack = join(root, 'tests/fixtures/packs/acme-support.json');
const invalidPack = join(root, 'tests/fixtures/packs/invalid-pack.json');
const valeStyle = join(root, 'tests/fixtures/packs/vale/Support');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runCoach(args: string[], stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      tsx,
      ['cli/coach.ts', ...args],
      { cwd: root, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
        if (code === -1) reject(error);
        else resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(stdin);
  });
}

const CUSTOMER =
  'This is the THIRD time I am writing!!! The export failed again and my board meeting is tomorrow. Can you fix it today?';
const DRAFT = 'Hi Maria,\n\nPlease be advised that you should have read the docs. Obviously it works.\n\nThanks';
const ACME_DRAFT =
  'Hello Tom,\n\nYour ticket number is 4412 and the acme app will sync again after the update that our engineers are rolling out to every workspace over the course of the next two or three days.\n\nThanks';

const line = (value: unknown) => JSON.stringify(value);
// A tsx start takes a second on an idle machine and much longer on a busy one.
const SPAWN_TIMEOUT = 120_000;

describe('coach CLI, jsonl', () => {
  it(
    'writes one valid Report per line with its id, an error line naming each bad line, and exits 1',
    async () => {
      const stdin = [
        line({ id: 'macro-1', customer: CUSTOMER, draft: DRAFT }),
        '{"id": "macro-2", "draft": ',
        line({ id: 'macro-3', customer: CUSTOMER }),
        '',
        line({ id: 7, draft: 'Hello there, thanks for writing in!', customer: null }),
        '[1, 2]',
      ].join('\n');
      const { code, stdout, stderr } = await runCoach(['--format', 'jsonl'], stdin);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      const outputs = stdout
        .trimEnd()
        .split('\n')
        .map((text) => JSON.parse(text) as Record<string, unknown>);
      expect(outputs).toHaveLength(5);

      const [first, second, third, fourth, fifth] = outputs;
      expect(first!.id).toBe('macro-1');
      const report = parseReport(first);
      expect(reportSpanErrors(report, { draft: DRAFT, customer: CUSTOMER })).toEqual([]);
      expect(report.findings.map((finding) => finding.ruleId)).toContain('tone/blame');
      expect(report.customer?.questions.length).toBeGreaterThan(0);

      expect(second).toEqual({ line: 2, error: expect.stringMatching(/^invalid JSON/) });
      expect(third).toEqual({ line: 3, id: 'macro-3', error: expect.stringContaining('draft') });
      expect(fourth!.id).toBe(7);
      expect(parseReport(fourth).customer).toBeNull();
      expect(fifth).toEqual({ line: 6, error: expect.stringContaining('JSON object') });
    },
    SPAWN_TIMEOUT,
  );

  it(
    'applies a guideline pack from --guidelines and exits 0 when every line is valid',
    async () => {
      const { code, stdout, stderr } = await runCoach(
        ['--format', 'jsonl', '--guidelines', pack],
        line({ id: 'acme', draft: ACME_DRAFT }) + '\n',
      );
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const report = parseReport(JSON.parse(stdout));
      expect(report.guidelines).toEqual([{ id: 'acme-support', version: 3 }]);
      expect(reportSpanErrors(report, { draft: ACME_DRAFT })).toEqual([]);
      const byRule = new Map(report.findings.map((finding) => [finding.ruleId, finding]));
      expect(byRule.get('guideline/no-ticket-number-talk')).toMatchObject({
        actual: 'ticket number',
        expected: ['your request'],
        source: 'acme-support',
      });
      expect(byRule.get('guideline/product-name')?.actual.toLowerCase()).toBe('acme app');
      expect(byRule.has('guideline/sign-off')).toBe(true);
      expect(byRule.has('guideline/short-sentences')).toBe(true);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'imports a Vale style folder from --guidelines, with notes on what it skipped',
    async () => {
      const draft = 'Hi Ana,\n\nPlease be advised that the acme app sends one e-mail per day.\n\nThanks';
      const { code, stdout, stderr } = await runCoach(
        ['--format', 'jsonl', '--guidelines', valeStyle],
        line({ id: 'vale', draft }),
      );
      expect(code).toBe(0);
      expect(stderr).toMatch(/^coach: note: .*Spacing\.yml.*raw/m);
      const report = parseReport(JSON.parse(stdout));
      expect(reportSpanErrors(report, { draft })).toEqual([]);
      expect(report.guidelines.map((pack) => pack.id)).toHaveLength(1);
      const guideline = report.findings.filter((finding) => finding.ruleId.startsWith('guideline/'));
      expect(guideline.map((finding) => finding.actual)).toEqual(['Please be advised', 'acme app', 'e-mail']);
      expect(guideline[1]!.expected).toEqual(['Acme Workspace']);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'rejects an invalid pack before reading input, naming the file, the rule and the field',
    async () => {
      const { code, stdout, stderr } = await runCoach(['--guidelines', invalidPack], line({ id: 'x', draft: 'Hi' }));
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('invalid-pack.json');
      expect(stderr).toMatch(/rule 0 "no-kindly", field phrases/);
    },
    SPAWN_TIMEOUT,
  );
});

describe('coach CLI, text', () => {
  it(
    'lists findings as file:line:col  severity  reason  ruleId, then checks, score and a summary',
    async () => {
      const stdin = `${line({ id: 'macro-1', customer: CUSTOMER, draft: DRAFT })}\nnot json\n`;
      const { code, stdout } = await runCoach([], stdin);
      expect(code).toBe(1);
      const lines = stdout.trimEnd().split('\n');
      // "you should have" starts on line 3, column 24 of the draft ("Please be advised that " is 23 characters).
      const blame = lines.find((text) => text.endsWith('tone/blame'));
      expect(blame).toMatch(/^macro-1:3:24 +warning +\S.* +tone\/blame$/);
      const findingLines = lines.filter((text) => /^macro-1:\d+:\d+ /.test(text));
      for (const text of findingLines)
        expect(text).toMatch(/^macro-1:\d+:\d+ +(error|warning|suggestion) +\S.*\S +[a-z-]+\/[a-z0-9-]+$/);
      expect(lines).toContainEqual(
        expect.stringMatching(/^macro-1 {2}checks: acknowledgement missing \(needed\) · reassurance /),
      );
      expect(lines).toContainEqual(expect.stringMatching(/^macro-1 {2}score \d+\/100, reading grade \d+\.\d \(/));
      expect(lines).toContain('<stdin>:2  error  invalid JSON: Unexpected token \'o\', "not json" is not valid JSON');
      expect(lines.at(-1)).toMatch(
        new RegExp(`^1 draft, \\d+ errors?, \\d+ warnings?, \\d+ suggestions?, 1 invalid input line$`),
      );
    },
    SPAWN_TIMEOUT,
  );

  it(
    'coaches one draft from --draft and --customer files, named by the draft file',
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'attune-cli-'));
      const draftFile = join(folder, 'refund-macro.txt');
      const customerFile = join(folder, 'customer.txt');
      writeFileSync(draftFile, DRAFT);
      writeFileSync(customerFile, CUSTOMER);
      const { code, stdout } = await runCoach(['--draft', draftFile, '--customer', customerFile]);
      expect(code).toBe(0);
      expect(stdout).toContain(`${draftFile}:3:24  `);
      expect(stdout).toMatch(/questions 0\/1 answered, unanswered: "Can you fix it today\?"/);
      expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^1 draft, /);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'prints usage for --help and exits 2 with usage on bad arguments',
    async () => {
      const help = await runCoach(['--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('--format text|jsonl');
      const bad = await runCoach(['--format', 'xml']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--format must be one of text, jsonl (got "xml")');
      expect(bad.stderr).toContain('Usage:');
    },
    SPAWN_TIMEOUT,
  );
});
