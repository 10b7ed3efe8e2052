/**
 * Writes the screenshots of inline coaching for the docs (docs/screenshots/inline-*.png): a TipTap reply in real
 * Chromium with the built extension, its highlights, and the card open on a finding, in light and dark. An explicit
 * step (tests never write tracked files):
 *
 *   npx wxt build && npx tsx scripts/inline-screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../tests/support/browser';
import { serveHelpdeskHost } from '../tests/support/helpdesk-host';
import { buildEditorFixtures } from '../tests/fixtures/editors/build';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const DRAFT = 'Hi Maria, simply restart the app and it will work. We apologize for any inconvenience.';

const host = await serveHelpdeskHost([await buildEditorFixtures(['tiptap'])]);
const browser = await launchWithExtension();
try {
  mkdirSync(OUT, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 720, height: 420 });
    await page.emulateMedia({ colorScheme });
    await page.goto(`${host.origin()}/tiptap.html`);
    await page.waitForFunction(() => 'getModelText' in ((window as unknown as { __fixture?: object }).__fixture ?? {}));
    if (colorScheme === 'dark') {
      await page.addStyleTag({ content: 'body{background:#16181b;color:#e8eaed} #editor{border-color:#3a3f45}' });
    }
    await page.locator('#editor [contenteditable="true"]').click();
    await page.keyboard.type(DRAFT);
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('attune-')), undefined, {
      timeout: 10_000,
    });
    // The fixture page has a ticket above the reply: the pictures are cut around the editor (and the card), wherever
    // the page puts them, not at a fixed place that shows only the ticket once the page grows.
    const editor = (await page.locator('#editor').boundingBox())!;
    const editorBottom = editor.y + editor.height;
    const highlightsTop = Math.max(0, editorBottom + 24 - 200);
    await page.screenshot({
      path: resolve(OUT, `inline-highlights-${colorScheme}.png`),
      clip: { x: 0, y: highlightsTop, width: 720, height: 200 },
    });
    await page.keyboard.press('Alt+j');
    const card = page.locator('attune-inline .card');
    await card.waitFor({ state: 'visible' });
    const cardBox = (await card.boundingBox())!;
    const cardTop = Math.max(0, Math.min(cardBox.y, editor.y) - 12);
    const cardBottom = Math.max(cardBox.y + cardBox.height, editorBottom + 24) + 12;
    await page.screenshot({
      path: resolve(OUT, `inline-card-${colorScheme}.png`),
      clip: { x: 0, y: cardTop, width: 720, height: cardBottom - cardTop },
    });
    await page.close();
  }
  console.log(`wrote ${OUT}/inline-{highlights,card}-{light,dark}.png`);
} finally {
  await browser.close();
  await host.close();
}
