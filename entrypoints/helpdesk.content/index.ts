import { KNOWN_HELPDESK_MATCHES } from '@/lib/helpdesks/hosts';
import { customerFromSelection, readThread } from '@/lib/helpdesks';
import { onInlineState, onMessage, postSnapshot, sendMessage } from '@/lib/content/messaging';
import { startContentScript } from '@/lib/content';

// Runs in every frame of the known helpdesks (and, once the agent enables them, of self-hosted ones: see
// lib/sites/permissions.ts). It stays idle until an editable element is focused.
export default defineContentScript({
  matches: KNOWN_HELPDESK_MATCHES,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const stop = startContentScript({
      document,
      readThread,
      customerFromSelection,
      sendSnapshot: postSnapshot,
      sendDraftSent: (sent) => void sendMessage('draftSent', sent).catch(() => {}),
      onApplyEdit: (handler) => onMessage('applyEdit', ({ data }) => handler(data)),
      onUseSelection: (handler) => onMessage('useSelectionAsCustomer', ({ data }) => handler(data.text)),
      onInlineState,
      ignoreFinding: (key) => void sendMessage('ignoreFinding', { key }).catch(() => {}),
      noteApplied: (editorId) => void sendMessage('inlineApplied', { editorId }).catch(() => {}),
      openPanel: () => void sendMessage('openPanel', undefined).catch(() => {}),
      loadInline: () => void sendMessage('loadInline', undefined).catch(() => {}),
    });
    ctx.onInvalidated(stop);
  },
});
