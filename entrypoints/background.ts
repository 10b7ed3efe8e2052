import { analyze } from '@/lib/coach';
import { listenForOpenCommand, startCoach } from '@/lib/background/coach';
import { onDraftSent, onEditApplied, onRoutedSnapshot, startRouting } from '@/lib/background/routing';
import { startBackgroundSync } from '@/lib/background/sync';

export default defineBackground(() => {
  startRouting();
  const sync = startBackgroundSync();
  startCoach({ analyze, onRoutedSnapshot, onDraftSent, onEditApplied, onRecord: sync.onRecord, onReviewed: sync.onReviewed });
  listenForOpenCommand();
  // Clicking the toolbar action opens the coach beside the helpdesk.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
});
