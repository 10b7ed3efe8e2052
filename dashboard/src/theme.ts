/** Light/dark theme: follows the system until the lead picks one, and remembers the choice on this device. */
export type ThemeChoice = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'attune-dashboard-theme';

export function storedThemeChoice(): ThemeChoice {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): 'light' | 'dark' {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}

export function applyTheme(choice: ThemeChoice): void {
  const prefersDark = globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  document.documentElement.dataset.theme = resolveTheme(choice, prefersDark);
  if (choice === 'system') globalThis.localStorage?.removeItem(STORAGE_KEY);
  else globalThis.localStorage?.setItem(STORAGE_KEY, choice);
}
