/**
 * The overlay: one element appended to the document's root element (never inside an editor), with a shadow root
 * holding the status chip, the finding card, the textarea mirrors and a live region for screen readers. The host
 * takes no space and no pointer events; only the chip and the card do.
 */
import type { InlineFinding } from '../messaging/protocol';
import { applyLabel, SEVERITY_LABEL } from '../report-view/selectors';
import { OVERLAY_CSS, type Palette } from './styles';
import type { Box } from './geometry';

export interface Overlay {
  root: ShadowRoot;
  chip: HTMLButtonElement;
  card: HTMLElement;
  /** Says `text` to screen readers (polite). */
  announce(text: string): void;
  remove(): void;
}

export function createOverlay(doc: Document): Overlay {
  const host = doc.createElement('attune-inline');
  host.setAttribute('style', 'position:fixed;top:0;left:0;width:0;height:0;z-index:2147483646;pointer-events:none');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const chip = doc.createElement('button');
  chip.type = 'button';
  chip.className = 'chip';
  chip.hidden = true;
  const card = doc.createElement('div');
  card.className = 'card';
  card.hidden = true;
  card.setAttribute('role', 'dialog');
  const live = doc.createElement('div');
  live.className = 'sr';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  root.append(style, chip, card, live);
  doc.documentElement.append(host);
  return {
    root,
    chip,
    card,
    announce(text) {
      // Clearing first makes a repeated message heard again.
      live.textContent = '';
      setTimeout(() => (live.textContent = text), 30);
    },
    remove: () => host.remove(),
  };
}

export interface CardContent {
  finding: InlineFinding;
  index: number;
  count: number;
  palette: Palette;
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text: string) {
  const node = doc.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/** Fills the card for one finding; the buttons carry `data-action` ("fix", "ignore") and `data-fix` (its index). */
export function renderCard(card: HTMLElement, { finding, index, count, palette }: CardContent): void {
  const doc = card.ownerDocument;
  card.className = `card ${finding.severity}${palette === 'dark' ? ' dark' : ''}`;
  const reasonId = 'attune-card-reason';
  card.setAttribute('aria-labelledby', reasonId);
  const heading = element(doc, 'p', 'sev', `${SEVERITY_LABEL[finding.severity]} · ${index + 1} of ${count}`);
  const reason = element(doc, 'p', 'reason', finding.reason);
  reason.id = reasonId;
  const why = element(doc, 'p', 'why', finding.why);
  const actions = element(doc, 'div', 'actions', '');
  finding.fixes.forEach((fix, i) => {
    const button = element(doc, 'button', '', fix === '' ? `Remove “${finding.actual}”` : applyLabel(fix));
    button.type = 'button';
    button.dataset.action = 'fix';
    button.dataset.fix = String(i);
    actions.append(button);
  });
  const ignore = element(doc, 'button', 'quiet', 'Ignore');
  ignore.type = 'button';
  ignore.dataset.action = 'ignore';
  actions.append(ignore);
  const hint = element(doc, 'p', 'hint', 'Alt+J next · Alt+Shift+J previous · Esc back to your reply');
  card.replaceChildren(heading, reason, why, actions, hint);
  card.hidden = false;
}

/** Places the card under the highlight, or above it when there is no room below; always inside the viewport. */
export function placeCard(card: HTMLElement, at: Box): void {
  const view = card.ownerDocument.defaultView!;
  const width = card.offsetWidth || 300;
  const height = card.offsetHeight || 140;
  const left = Math.max(8, Math.min(at.left, view.innerWidth - width - 8));
  const below = at.bottom + 6;
  const top = below + height <= view.innerHeight - 8 ? below : Math.max(8, at.top - height - 6);
  card.style.left = `${left}px`;
  card.style.top = `${top}px`;
}

/**
 * An editor at least this tall (px) has room for a line of text above the chip in its bottom-right corner; a shorter
 * one (a one-line reply box) would have its text covered, so the chip sits just below it instead.
 */
const CHIP_ROOM_INSIDE = 56;

/** Puts the chip in the editor's bottom-right corner, or under it when the editor is too short; hides it when off screen. */
export function placeChip(chip: HTMLElement, editor: Box): void {
  const view = chip.ownerDocument.defaultView!;
  const visible = editor.bottom > 0 && editor.top < view.innerHeight && editor.right > editor.left;
  chip.style.visibility = visible ? '' : 'hidden';
  chip.style.left = `${editor.right - 6}px`;
  // The chip is drawn up and to the left of this point (translate(-100%, -100%) in styles.ts).
  const inside = editor.bottom - editor.top >= CHIP_ROOM_INSIDE;
  chip.style.top = `${inside ? editor.bottom - 6 : editor.bottom + 4 + (chip.offsetHeight || 24)}px`;
}
