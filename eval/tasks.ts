/**
 * The two evaluation tasks of issue 2 §6, as label sets. Lines whose label is in neither set are left out of
 * that task (a self-disclosure is neither a clear positive nor a clear negative for either check).
 */
export const NEGATIVE_LABELS: readonly string[] = ['Questions', 'Information', 'Providing Suggestions', 'Other'];

export interface EvalTask {
  id: 'support' | 'restatement';
  title: string;
  positives: readonly string[];
  negatives: readonly string[];
}

export const TASKS: readonly EvalTask[] = [
  {
    id: 'support',
    title: 'acknowledgement or reassurance',
    positives: ['Reflection of feelings', 'Affirmation and Reassurance'],
    negatives: NEGATIVE_LABELS,
  },
  { id: 'restatement', title: 'restatement', positives: ['Restatement or Paraphrasing'], negatives: NEGATIVE_LABELS },
];

/** true: positive, false: negative, null: not part of this task. */
export function labelFor(task: EvalTask, strategy: string): boolean | null {
  if (task.positives.includes(strategy)) return true;
  if (task.negatives.includes(strategy)) return false;
  return null;
}
