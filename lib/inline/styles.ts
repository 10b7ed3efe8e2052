/**
 * The page-side look of inline coaching. Highlight rules are `::highlight()` styles only (the CSS Custom Highlight
 * API): adopted into the editor's document or shadow root, they paint ranges without touching a single node.
 * Two palettes, picked per editor from its own text colour (a dark helpdesk on a light OS is still dark).
 */
import type { InlineFinding } from '../messaging/protocol';

export type Severity = InlineFinding['severity'];
export type Palette = 'light' | 'dark';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'suggestion'];

/** Underline and tint per severity: distinct in hue and in underline style, so colour is never the only cue. */
const COLORS: Record<Palette, Record<Severity | 'active', [line: string, tint: string]>> = {
  light: {
    error: ['#c0262d', 'rgba(192,38,45,.13)'],
    warning: ['#a35a00', 'rgba(214,137,16,.16)'],
    suggestion: ['#2f5d8a', 'rgba(47,93,138,.11)'],
    active: ['#1a73e8', 'rgba(26,115,232,.22)'],
  },
  dark: {
    error: ['#ff8a8f', 'rgba(255,138,143,.20)'],
    warning: ['#f0b860', 'rgba(240,184,96,.20)'],
    suggestion: ['#8cb8e6', 'rgba(140,184,230,.18)'],
    active: ['#8ab4f8', 'rgba(138,180,248,.30)'],
  },
};

const LINE_STYLE: Record<Severity | 'active', string> = {
  error: 'wavy',
  warning: 'wavy',
  suggestion: 'dotted',
  active: 'solid',
};

export const highlightName = (palette: Palette, kind: Severity | 'active') => `attune-${palette}-${kind}`;

/** `::highlight()` rules for both palettes; `transparentText` for the textarea mirror, whose own text must not show. */
export function highlightCss(transparentText = false): string {
  let css = '';
  for (const palette of ['light', 'dark'] as const) {
    for (const kind of [...SEVERITIES, 'active'] as const) {
      const [line, tint] = COLORS[palette][kind];
      css += `::highlight(${highlightName(palette, kind)}){background-color:${tint};text-decoration:underline ${LINE_STYLE[kind]} ${line};text-decoration-thickness:2px;text-underline-offset:3px${
        transparentText ? ';color:transparent' : ''
      }}`;
    }
  }
  return css;
}

/** Dark when the editor's text is light: relative luminance of its computed colour. */
export function paletteOf(element: Element): Palette {
  const color = element.ownerDocument.defaultView?.getComputedStyle(element).color ?? '';
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 140 ? 'dark' : 'light';
}

/** The overlay's own elements (card, chip, live region), inside its shadow root. Dark: the same rules, other colours. */
export const OVERLAY_CSS = `:host{all:initial}
.chip,.card{--bg:#fff;--fg:#1f2328;--mut:#555d66;--acc:#2f5d8a;--on:#fff;--line:#c5cad0;--e:#a8201a;--w:#8a4b00;font:13px/1.4 system-ui,sans-serif;color:var(--fg);background:var(--bg);border:1px solid var(--line);box-shadow:0 2px 10px #0003;pointer-events:auto;position:fixed}
.dark{--bg:#1f2226;--fg:#e8eaed;--mut:#aab1b9;--acc:#8cb8e6;--on:#0e1a26;--line:#3a3f45;--e:#ff8a8f;--w:#f0b860}
.chip{border-radius:99px;padding:2px 10px;cursor:pointer;transform:translate(-100%,-100%);white-space:nowrap;max-width:260px;overflow:hidden;text-overflow:ellipsis}
.card{border-radius:8px;padding:10px 12px;width:300px;max-width:calc(100vw - 16px)}
p{margin:0 0 6px}.sev{font-weight:600;font-size:12px;color:var(--acc)}.error .sev{color:var(--e)}.warning .sev{color:var(--w)}
.why,.hint{color:var(--mut)}.hint{font-size:12px;margin:6px 0 0}
.actions{display:flex;flex-wrap:wrap;gap:6px}
button{font:inherit;border-radius:6px;border:1px solid var(--acc);background:var(--acc);color:var(--on);padding:3px 10px;cursor:pointer}
.quiet{background:none;color:var(--acc)}
:focus-visible{outline:2px solid #1a73e8;outline-offset:2px}
.sr{position:fixed;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
.mirror{position:fixed;pointer-events:none;overflow:hidden;color:transparent;margin:0;border-color:transparent;background:none;box-sizing:border-box;white-space:pre-wrap;overflow-wrap:break-word}
[hidden]{display:none!important}`;
