/**
 * compromise match syntax has no nested groups: in `(caused|this (may|might) have caused)` the inner group makes
 * the whole alternation match nothing (checked against compromise 14.17), so such a pattern fails silently.
 * Rules and cues are checked when they are compiled, so a nested group fails at load, not in production.
 */
const REGEX_TERM = /\/(?:\\.|[^/\\])+\//gu;

/** Whether a pattern opens a group inside another group (regex terms such as `/^(a|b)$/` are left out). */
export function hasNestedGroup(pattern: string): boolean {
  let depth = 0;
  for (const char of pattern.replace(REGEX_TERM, '')) {
    if (char === '(') {
      if (depth > 0) return true;
      depth += 1;
    } else if (char === ')') depth = Math.max(0, depth - 1);
  }
  return false;
}

export function assertNoNestedGroup(pattern: string): void {
  if (hasNestedGroup(pattern))
    throw new Error(
      `Pattern "${pattern}" nests a group inside a group, which compromise matches as nothing: list the alternatives flat`,
    );
}
