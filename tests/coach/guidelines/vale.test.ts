/**
 * Vale import, golden: a real-looking Vale style folder becomes exactly the pack in Acme.pack.json (with notes
 * for what could not be imported), and that pack flags a draft exactly as listed in Acme.findings.txt.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/coach/text';
import { applyGuidelines, expandValePattern, importValeStyle } from '../../../lib/coach/guidelines';

const FIXTURES = join(__dirname, 'fixtures/vale');
const styleFiles = readdirSync(join(FIXTURES, 'Acme'))
  .filter((file) => file.endsWith('.yml'))
  .map((file) => ({ name: `Acme/${file}`, yaml: readFileSync(join(FIXTURES, 'Acme', file), 'utf8') }));

const DRAFT = [
  'Hi Sam,',
  'Obviously you need to log in to the portal and update your e-mail address there; I think maybe the old one bounced.',
  'You can abort the import at any time, and I will kill the stuck job for you now, so it is sort of fixed.',
  'Thanks for waiting!',
].join('\n');

/** Vale-like listing: one finding per line, `line:column severity message ruleId [→ expected]`. */
function listing(draft: string): string {
  const pack = importValeStyle(styleFiles);
  return applyGuidelines(analyzeText(draft), [pack], { customer: null, disabled: new Set() })
    .map((finding) => {
      const before = draft.slice(0, finding.span.start).split('\n');
      const position = `${before.length}:${(before[before.length - 1]?.length ?? 0) + 1}`;
      const fix = finding.expected.length > 0 ? ` → ${finding.expected.join(' | ')}` : '';
      return `${position} ${finding.severity} ${finding.reason} ${finding.ruleId}${fix}`;
    })
    .join('\n');
}

describe('importValeStyle', () => {
  it('converts the Acme style to the golden pack, with notes for what it skipped', () => {
    const expected: unknown = JSON.parse(readFileSync(join(FIXTURES, 'Acme.pack.json'), 'utf8'));
    expect(importValeStyle(styleFiles)).toEqual(expected);
  });

  it('flags a draft exactly as the golden listing says', () => {
    expect(`${listing(DRAFT)}\n`).toBe(readFileSync(join(FIXTURES, 'Acme.findings.txt'), 'utf8'));
  });

  it('rejects a style with nothing importable, saying why', () => {
    expect(() =>
      importValeStyle([{ name: 'X/Raw.yml', yaml: "extends: existence\nmessage: x\nraw:\n  - '[a-z]+'\n" }]),
    ).toThrow(/No rule of the Vale style could be imported: X\/Raw\.yml: skipped — `raw` regular expressions/u);
    expect(() => importValeStyle([])).toThrow(/no files given/u);
  });
});

describe('expandValePattern', () => {
  it('expands plain alternatives, groups and optional parts to literal phrases', () => {
    expect(expandValePattern('touch base')).toEqual(['touch base']);
    expect(expandValePattern('(?:give|gave) rise to')).toEqual(['give rise to', 'gave rise to']);
    expect(expandValePattern('e-?mail')).toEqual(['e-mail', 'email']);
    expect(expandValePattern('(?i)web ?site|home page')).toEqual(['web site', 'website', 'home page']);
    expect(expandValePattern('e\\.g\\.')).toEqual(['e.g.']);
    expect(expandValePattern('\\bper se\\b')).toEqual(['per se']);
  });

  it('refuses anything that needs a regular-expression engine', () => {
    for (const pattern of [
      '[Cc]lick',
      'a.b',
      'colou*r',
      'go+',
      'x{2}',
      '(?=look)ahead',
      '(?<name>x)',
      '\\w+',
      '\\d',
      '^start',
      'end$',
      '(unclosed',
      'a)b',
      '(?:a|b|c|d|e|f|g|h|i|j)(?:a|b|c|d|e|f|g|h|i|j)(?:a|b|c|d|e|f|g|h|i|j)',
    ]) {
      expect(expandValePattern(pattern), pattern).toBeNull();
    }
  });
});
