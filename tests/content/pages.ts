/** Small pages for the content-script specs, served by tests/support/helpdesk-host under helpdesk host names. */

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

export const CONTENT_PAGES: Record<string, string> = {
  // A composer inside a same-origin iframe (its own URL), and one inside an about:blank frame written by script,
  // the way CKEditor 4 classic and TinyMCE build theirs.
  '/frames.html': page(
    'frames',
    `<iframe id="inner" src="/frame-inner.html" style="width:400px;height:120px"></iframe>
     <iframe id="blank" style="width:400px;height:120px"></iframe>
     <script>
       const doc = document.getElementById('blank').contentDocument;
       doc.open();
       doc.write('<!doctype html><body contenteditable="true" style="min-height:80px"></body>');
       doc.close();
     </script>`,
  ),
  '/frame-inner.html': page('inner', '<form><textarea id="inner-reply" rows="4"></textarea></form>'),
  // A composer inside an open shadow root (Salesforce LWC, ServiceNow workspace style).
  '/shadow.html': page(
    'shadow',
    `<reply-box></reply-box>
     <script>
       customElements.define('reply-box', class extends HTMLElement {
         connectedCallback() {
           const root = this.attachShadow({ mode: 'open' });
           root.innerHTML = '<div id="shadow-editor" contenteditable="true" style="min-height:80px;border:1px solid"></div>';
         }
       });
     </script>`,
  ),
  // A single-page app: "opening a ticket" pushes a URL and mounts a new composer.
  '/spa.html': page(
    'spa',
    `<nav><a id="open-ticket" href="/tickets/7">Ticket 7</a></nav><main id="view"><p>Inbox</p></main>
     <script>
       document.getElementById('open-ticket').addEventListener('click', (event) => {
         event.preventDefault();
         history.pushState({}, '', '/tickets/7');
         document.getElementById('view').innerHTML =
           '<article class="message"><p>My export keeps failing and I have a deadline.</p></article>' +
           '<textarea id="spa-reply" rows="4"></textarea>';
       });
     </script>`,
  ),
  // Fields Attune must never read, or must leave alone because they opt out.
  '/private.html': page(
    'private',
    `<input id="password" type="password">
     <input id="card" autocomplete="cc-number">
     <input id="otp" autocomplete="one-time-code">
     <textarea id="opted-out" data-gramm="false"></textarea>
     <div data-enable-grammarly="false"><div id="opted-out-rich" contenteditable="true">x</div></div>
     <textarea id="allowed"></textarea>`,
  ),
  // Send detection: a form that submits, and a chat composer the page clears from script after "Send".
  '/send.html': page(
    'send',
    `<form id="reply-form"><textarea id="form-reply" name="body"></textarea><button id="submit">Submit</button></form>
     <div id="chat" contenteditable="true" style="min-height:40px;border:1px solid"></div><button id="chat-send">Send</button>
     <script>
       document.getElementById('reply-form').addEventListener('submit', (event) => {
         event.preventDefault();
         document.getElementById('form-reply').value = '';
       });
       document.getElementById('chat-send').addEventListener('click', () => {
         setTimeout(() => { document.getElementById('chat').innerHTML = ''; }, 50);
       });
     </script>`,
  ),
};
