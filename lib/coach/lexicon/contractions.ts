/**
 * Contractions typed without their apostrophe that compromise does not expand by itself ("thats", "youre",
 * "didnt"), added to compromise's own contraction list: expanded, they match every pattern written for "that is" / "you are" / "did
 * not", in drafts and customer messages alike. Only unambiguous ones: "its", "ill", "id", "were", "lets", "shes"
 * and "hes" are words of their own. (compromise already expands "im", "ive", "dont", "cant", "isnt" and others.)
 */
const MISSING_APOSTROPHES: Readonly<Record<string, readonly string[]>> = {
  thats: ['that', 'is'],
  whats: ['what', 'is'],
  theres: ['there', 'is'],
  youre: ['you', 'are'],
  theyre: ['they', 'are'],
  youve: ['you', 'have'],
  theyve: ['they', 'have'],
  youll: ['you', 'will'],
  itll: ['it', 'will'],
  thatll: ['that', 'will'],
  didnt: ['did', 'not'],
  doesnt: ['does', 'not'],
  havent: ['have', 'not'],
  hadnt: ['had', 'not'],
  werent: ['were', 'not'],
  wouldve: ['would', 'have'],
  couldve: ['could', 'have'],
  shouldve: ['should', 'have'],
};

/** The word a contraction typed without its apostrophe opens with ("youre" → "you"), or the word itself. */
export function contractionHead(word: string): string {
  return Object.hasOwn(MISSING_APOSTROPHES, word) ? MISSING_APOSTROPHES[word]![0]! : word;
}

/** The part of compromise's world this reads: its contraction list, consulted each time a text is split. */
export interface ContractionWorld {
  model: { one: { contractions: Array<{ word?: string; out: string[] }> } };
}

/** Adds the missing-apostrophe contractions to compromise's list (once; idempotent). */
export function addMissingApostrophes(world: ContractionWorld): void {
  const known = new Set(world.model.one.contractions.map((entry) => entry.word));
  for (const [word, out] of Object.entries(MISSING_APOSTROPHES)) {
    if (!known.has(word)) world.model.one.contractions.push({ word, out: [...out] });
  }
}
