import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { compromiseParseMatch, decodeParsed } from '../../../lib/coach/lexicon/parsed-patterns';
import { PARSED_PATTERNS } from '../../../lib/coach/lexicon/parsed-patterns.generated';
import { GENERATED_PATH, generatedSource } from '../../../scripts/parsed-patterns';

describe('pre-parsed match patterns', () => {
  it('the generated table is what the generator writes now (regenerate: npx tsx scripts/parsed-patterns.ts)', async () => {
    // Recording needs a module graph in which no net has been built yet; this file's imports build none.
    const fresh = await generatedSource();
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(fresh);
  }, 60_000);

  it('covers compromise post-tagging patterns and ours', () => {
    expect(Object.keys(PARSED_PATTERNS).length).toBeGreaterThan(500);
  });

  it('every entry decodes to exactly what compromise parses, Sets and RegExps included', () => {
    const world = nlp.world();
    for (const [match, json] of Object.entries(PARSED_PATTERNS)) {
      expect(decodeParsed(json), match).toEqual(compromiseParseMatch(match, {}, world));
    }
  });

  it('parsing through the table returns fresh objects and falls back for unknown strings and options', () => {
    const match = Object.keys(PARSED_PATTERNS)[0]!;
    const first = nlp.parseMatch(match);
    const second = nlp.parseMatch(match);
    expect(first).toEqual(second);
    expect(first).not.toBe(second);
    expect(nlp('I really understand how frustrating this is.').has('(understand|frustrating) [#Copula]?')).toBe(true);
    const unknown = 'zzunlisted (pattern|cue) #Noun?';
    expect(PARSED_PATTERNS[unknown]).toBeUndefined();
    expect(nlp.parseMatch(unknown)).toEqual(compromiseParseMatch(unknown, {}, nlp.world()));
  });
});
