import { analyze } from '@/lib/coach';
import { listenForOpenCommand, startCoach } from '@/lib/background/coach';
import { onDraftSent, onEditApplied, onRoutedSnapshot, startRouting } from '@/lib/background/routing';
import { startBackgroundSync } from '@/lib/background/sync';
import { startInline } from '@/lib/background/inline';
import { openPanelOnToolbarClick } from '@/lib/background/open-panel';

export default defineBackground(() => {
  startRouting();
  const sync = startBackgroundSync();
  const inline = startInline();
  startCoach({
    analyze,
    onRoutedSnapshot,
    onDraftSent,
    onEditApplied,
    onRecord: sync.onRecord,
    onReviewed: sync.onReviewed,
    onState: inline.publish,
  });
  listenForOpenCommand();
  // Clicking the toolbar action opens the coach beside the helpdesk (Chrome's side panel, Firefox's sidebar).
  openPanelOnToolbarClick();
});
