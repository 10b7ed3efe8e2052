/**
 * The build leaves the cues' and rules' examples out of the extension (scripts/vite-plugins.ts): what is stripped is
 * literal data under the example keys and nothing else, and a module that reads an example fails the build.
 */
import { describe, expect, it } from 'vitest';
import { readsExamples, stripExampleData } from '../../scripts/vite-plugins';

const evaluate = (code: string): unknown => new Function(`${code.replace(/^export const \w+ =/, 'return')}`)();

describe('stripExampleData', () => {
  it('removes example, nearMiss and examples holding literal data, and keeps the object valid', () => {
    const code = `export const CUES = [
      { id: 'a', match: '(hacked|hacker)', example: 'My account got hacked.', nearMiss: 'Life hacks!' },
      { id: 'b', examples: { bad: [{ text: 'x', expected: 'y' }], good: [{ text: \`z\` }] }, severity: 'hint' },
    ];`;
    const { code: stripped, removed } = stripExampleData(code);
    expect(removed).toBe(3);
    expect(evaluate(stripped)).toEqual([
      { id: 'a', match: '(hacked|hacker)' },
      { id: 'b', severity: 'hint' },
    ]);
  });

  it('keeps anything that is not literal data or not under an example key', () => {
    const code = `export const RULE = { example: makeExample(), examples: SHARED, exampleText: 'kept', text: 'example' };`;
    expect(stripExampleData(code)).toEqual({ code, removed: 0 });
  });
});

describe('readsExamples', () => {
  it('finds a property read or a destructuring of an example', () => {
    expect(readsExamples('const first = cue.example;')).toBe(true);
    expect(readsExamples('const { examples } = rule;')).toBe(true);
    expect(readsExamples('for (const { nearMiss: text } of cues) use(text);')).toBe(true);
  });

  it('is not fooled by the word in a string or a comment', () => {
    expect(readsExamples('// for example\nconst url = "https://help.example.com";')).toBe(false);
  });
});
