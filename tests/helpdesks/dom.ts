/** Loads HTML into a fresh happy-dom window at a given URL, as a standard DOM Document for the readers. */
import { Window } from 'happy-dom';

export function loadDocument(html: string, url = 'https://helpdesk.example.org/'): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(html);
  // happy-dom's Document implements the DOM standard but is its own class; the readers only use standard APIs.
  return window.document as unknown as Document;
}
