/**
 * Where browser specs save screenshots: an ignored folder, because tests never write tracked files. `npm run
 * screenshots` (scripts/screenshots.sh) runs those specs and copies the pictures the docs show into docs/screenshots.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../test-results/screenshots');

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return resolve(SCREENSHOT_DIR, name);
}
