import { analyze } from '@/lib/coach';
import { listenForOpenCommand, startCoach } from '@/lib/background/coach';
import { onDraftSent, onRoutedSnapshot, startRouting } from '@/lib/background/routing';

export default defineBackground(() => {
  startRouting();
  startCoach({ analyze, onRoutedSnapshot, onDraftSent });
  listenForOpenCommand();
  // Clicking the toolbar action opens the coach beside the helpdesk.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
});
