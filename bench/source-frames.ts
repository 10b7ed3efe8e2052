/** Names V8 profile frames of the built extension by its source maps (written when built with ATTUNE_SOURCEMAP=1). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

export interface CallFrame {
  functionName: string;
  url?: string;
  lineNumber: number;
  columnNumber: number;
}

/**
 * A namer for frames of the extension built in `extensionDir`: `name source:line` from the source map, or the
 * minified name and file position when there is no map or the frame is not the extension's. Maps load once each.
 */
export function frameNamer(extensionDir: string | null): (frame: CallFrame) => string {
  const consumers = new Map<string, SourceMapConsumer | null>();
  return (frame) => {
    const url = frame.url ?? '';
    const file = url.startsWith('chrome-extension://') ? url.replace(/^chrome-extension:\/\/[^/]+\//, '') : null;
    if (file && extensionDir) {
      if (!consumers.has(file)) {
        const mapPath = join(extensionDir, `${file}.map`);
        consumers.set(
          file,
          existsSync(mapPath) ? new SourceMapConsumer(JSON.parse(readFileSync(mapPath, 'utf8'))) : null,
        );
      }
      const original = consumers
        .get(file)
        ?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
      if (original?.source)
        return `${original.name ?? (frame.functionName || '(anonymous)')} ${original.source.replace(/^(\.\.\/)+/, '')}:${original.line}`;
    }
    return `${frame.functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
  };
}
