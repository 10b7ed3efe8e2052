/**
 * Meta-tests: every site reader is registered under its file name, says where its selectors come from, and the
 * manifest's known hosts (lib/helpdesks/hosts.ts) stay in step with the readers' hosts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE_READERS } from '../../lib/helpdesks';
import { KNOWN_HELPDESK_MATCHES } from '../../lib/helpdesks/hosts';
import { GOLDEN } from './golden';

const HELPDESKS_DIR = resolve(import.meta.dirname, '../../lib/helpdesks');
const ENGINE_FILES = new Set([
  'index.ts',
  'types.ts',
  'site.ts',
  'generic.ts',
  'rendered-text.ts',
  'hosts.ts',
  'confidence.ts',
]);
const readerFiles = readdirSync(HELPDESKS_DIR).filter((file) => file.endsWith('.ts') && !ENGINE_FILES.has(file));

/** Chrome match-pattern semantics for the host part (`*.example.com` also matches example.com). */
function patternMatches(pattern: string, url: URL): boolean {
  const match = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!match) throw new Error(`not a match pattern: ${pattern}`);
  const [, scheme, host] = match as unknown as [string, string, string];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (host.startsWith('*.')) return url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1));
  return url.hostname === host;
}

describe('site reader registry', () => {
  test('one file per reader, named after its id, all registered', () => {
    expect(readerFiles.map((file) => file.replace(/\.ts$/, '')).sort()).toEqual(
      SITE_READERS.map((reader) => reader.id).sort(),
    );
  });

  test.each(readerFiles)('%s says where its selectors come from', (file) => {
    const source = readFileSync(resolve(HELPDESKS_DIR, file), 'utf8');
    const openSource = /own (Blade |Vue )?(templates?|components)/.test(source);
    const closed = /Closed source: selectors based on .+/.test(source) && /Unverified against a live/.test(source);
    expect(openSource || closed).toBe(true);
  });

  test('every known manifest host has a reader that claims it', () => {
    for (const pattern of KNOWN_HELPDESK_MATCHES) {
      const host = /:\/\/([^/]+)\//.exec(pattern)![1]!.replace(/^\*\./, 'acme.');
      expect(
        SITE_READERS.some((reader) => reader.hosts?.test(host)),
        pattern,
      ).toBe(true);
    }
  });

  test('every hosted reader’s golden page URL is covered by a manifest match pattern', () => {
    for (const golden of GOLDEN) {
      const reader = SITE_READERS.find((candidate) => candidate.id === golden.expected.site)!;
      if (!reader.hosts?.test(new URL(golden.url).hostname)) continue;
      expect(
        KNOWN_HELPDESK_MATCHES.some((pattern) => patternMatches(pattern, new URL(golden.url))),
        golden.url,
      ).toBe(true);
    }
  });
});
