/** A rule id's family (`tone/blame` → `tone`). Its own module so pages can group ids without the rule registry. */
export function familyOf(ruleId: string): string {
  const slash = ruleId.indexOf('/');
  return slash < 0 ? ruleId : ruleId.slice(0, slash);
}
