/**
 * Validates the pack being edited with the engine's own schema (the one parseGuidelinePack uses), keeping each
 * issue's path so the form can show the message beside the field that caused it.
 */
import { useEffect, useState } from 'react';
import { guidelinePackSchema, measureGuidelinePack } from '../../../lib/coach/guidelines/index';
import type { GuidelinePack } from '../../../lib/coach/types';
import type { PackIssue } from './pack-draft';

export type PackValidation = { ok: true; pack: GuidelinePack } | { ok: false; issues: PackIssue[] };

export function validatePack(candidate: GuidelinePack): PackValidation {
  const result = guidelinePackSchema.safeParse(candidate);
  if (result.success) return { ok: true, pack: result.data };
  return { ok: false, issues: result.error.issues.map((issue) => ({ path: issue.path, message: issue.message })) };
}

/**
 * The pack's cost, as the server will measure it (lib/coach/guidelines/budget.ts): measured in slices off the
 * typing path, and only for a pack whose shape is valid. `null` while it is being measured.
 */
export function usePackBudget(pack: GuidelinePack | null): PackIssue[] | null {
  const [result, setResult] = useState<{ pack: GuidelinePack; issues: PackIssue[] } | null>(null);
  useEffect(() => {
    if (!pack) return;
    let current = true;
    measureGuidelinePack(pack).then(
      (cost) => current && setResult({ pack, issues: cost.issues }),
      (error: unknown) =>
        current &&
        setResult({ pack, issues: [{ path: [], message: `could not measure the pack (${String(error)})` }] }),
    );
    return () => {
      current = false;
    };
  }, [pack]);
  if (!pack) return [];
  return result?.pack === pack ? result.issues : null;
}
