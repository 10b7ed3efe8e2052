import { createInlineCoach } from '@/lib/inline/coach';
import { INLINE_HOST_KEY, type InlineHost } from '@/lib/content/inline-host';

// Injected by the background (lib/background/inline.ts) into a frame whose content script has findings to show:
// it runs in the same isolated world and picks up that frame's host.
export default defineUnlistedScript(() => {
  const host = (globalThis as Record<string, unknown>)[INLINE_HOST_KEY] as InlineHost | undefined;
  host?.ready(createInlineCoach(host.env));
});
