/** Precision, recall and F1 of a binary detector against human labels. */
export interface Confusion {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
  trueNegative: number;
}

export interface Scores extends Confusion {
  precision: number;
  recall: number;
  f1: number;
  /** Lines scored (positives + negatives). */
  total: number;
}

export function emptyConfusion(): Confusion {
  return { truePositive: 0, falsePositive: 0, falseNegative: 0, trueNegative: 0 };
}

export function record(confusion: Confusion, predicted: boolean, actual: boolean): void {
  if (predicted && actual) confusion.truePositive += 1;
  else if (predicted) confusion.falsePositive += 1;
  else if (actual) confusion.falseNegative += 1;
  else confusion.trueNegative += 1;
}

export function scores(confusion: Confusion): Scores {
  const { truePositive: tp, falsePositive: fp, falseNegative: fn, trueNegative: tn } = confusion;
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...confusion, precision, recall, f1, total: tp + fp + fn + tn };
}
