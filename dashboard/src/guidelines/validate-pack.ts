/**
 * Validates the pack being edited with the engine's own schema (the one parseGuidelinePack uses), keeping each
 * issue's path so the form can show the message beside the field that caused it.
 */
import { guidelinePackSchema } from '../../../lib/coach/guidelines/index';
import type { GuidelinePack } from '../../../lib/coach/types';
import type { PackIssue } from './pack-draft';

export type PackValidation = { ok: true; pack: GuidelinePack } | { ok: false; issues: PackIssue[] };

export function validatePack(candidate: GuidelinePack): PackValidation {
  const result = guidelinePackSchema.safeParse(candidate);
  if (result.success) return { ok: true, pack: result.data };
  return { ok: false, issues: result.error.issues.map((issue) => ({ path: issue.path, message: issue.message })) };
}
