import { KNOWN_HELPDESK_MATCHES } from '@/lib/helpdesks/hosts';
import { startPageBridge } from '@/lib/editors/page-bridge';

// The main-world half of the editor bridge: one listener, answering only the content script's edit requests.
export default defineContentScript({
  matches: KNOWN_HELPDESK_MATCHES,
  allFrames: true,
  world: 'MAIN',
  runAt: 'document_idle',
  main() {
    startPageBridge(document);
  },
});
