import { useMemo } from 'react';

/**
 * The same object as long as its JSON is the same. Every analysis arrives as a fresh message, so each keystroke
 * brings new objects even where nothing changed (the customer, most findings, the checks); sharing the unchanged
 * ones lets memoised sections skip their render. Costs one JSON.stringify per render (a few KB for a 300-word
 * draft), and a parse only when the value changed.
 */
export function useStableJson<T>(value: T): T {
  const json = JSON.stringify(value) ?? 'undefined';
  return useMemo(() => (json === 'undefined' ? undefined : JSON.parse(json)) as T, [json]);
}
