/**
 * The built manifests (both browsers; the test command builds them) ask for nothing that store/permissions.md does
 * not justify, and never for every site at install.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const JUSTIFIED = readFileSync(resolve(ROOT, 'store/permissions.md'), 'utf8');
/** The permission column: every `code` span in a table row's first cell. */
const justified = new Set(
  JUSTIFIED.split('\n')
    .filter((line) => line.startsWith('| '))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!)),
);

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
}

describe.each(['chrome-mv3', 'firefox-mv3'])('%s manifest', (build) => {
  const path = resolve(ROOT, '.output', build, 'manifest.json');

  test('every permission it asks for is justified in store/permissions.md', () => {
    expect(existsSync(path), `build it first: npx wxt build${build.startsWith('firefox') ? ' -b firefox' : ''}`).toBe(
      true,
    );
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    const asked = [
      ...(manifest.permissions ?? []),
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
      ...(manifest.optional_permissions ?? []),
    ];
    expect(asked.length).toBeGreaterThan(5);
    expect(asked.filter((p) => !justified.has(p))).toEqual([]);
    expect(asked).not.toContain('<all_urls>');
    expect(manifest.host_permissions ?? []).not.toContain('https://*/*');
  });
});
