import { useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';

/** A storage item's value, kept current across contexts, and a setter that writes it through. */
export function useStorageItem<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
): [T | null, (value: T) => Promise<void>] {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let alive = true;
    void item.getValue().then((v) => alive && setValue(v));
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      alive = false;
      unwatch();
    };
  }, [item]);
  return [value, (next: T) => item.setValue(next)];
}
