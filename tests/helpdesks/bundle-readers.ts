/**
 * Bundles lib/helpdesks for a browser page (an IIFE exposing `AttuneHelpdesks`), so browser specs run the very
 * readers the content script ships, not a copy.
 */
import { resolve } from 'node:path';
import type { Rollup } from 'vite';

let cached: Promise<string> | undefined;

export function bundleReaders(): Promise<string> {
  cached ??= (async () => {
    const { build } = await import('vite');
    const result = await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        write: false,
        minify: false,
        lib: {
          entry: resolve(import.meta.dirname, '../../lib/helpdesks/index.ts'),
          formats: ['iife'],
          name: 'AttuneHelpdesks',
        },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
    const chunk = outputs
      .flatMap((output) => output.output)
      .find((item): item is Rollup.OutputChunk => item.type === 'chunk');
    if (!chunk) throw new Error('bundling lib/helpdesks produced no chunk');
    return chunk.code;
  })();
  return cached;
}
