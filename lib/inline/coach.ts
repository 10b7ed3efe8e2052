/**
 * Inline coaching in the page: findings painted where the agent types, a card on hover or on Alt+J with the same
 * Apply / Ignore as the panel, and a status chip by the composer that opens the panel. It follows the content
 * session (which editor, every text it reads) and the background's inline states; it never writes to an editor
 * itself — Apply goes through the session's applyEdit, the panel's own path.
 */
import type { ApplyResult, EditCommand, InlineFinding, InlineState } from '../messaging/protocol';
import type { EditorHandle } from '../editors';
import { chipLabel } from '../report-view/selectors';
import { rebase } from './rebase';
import { createMirrorPainter, createRichPainter, type Painter } from './painter';
import { createOverlay, placeCard, placeChip, renderCard, type Overlay } from './overlay';
import { contains, frameOffset, moved } from './geometry';
import { measured } from './bench-measure';

export interface InlineEnvironment {
  document: Document;
  applyEdit(command: EditCommand): Promise<ApplyResult>;
  ignoreFinding(key: string): void;
  noteApplied(editorId: string): void;
  openPanel(): void;
}

/** What the content session tells the inline coach. */
export interface DraftObserver {
  attached(editorId: string, handle: EditorHandle): void;
  /** Anything in the editor changed (per keystroke: must stay cheap). */
  changed(): void;
  /** The session read the draft; `revision` when that reading was sent as a snapshot. */
  read(text: string, revision: number | null): void;
}

export interface InlineCoach extends DraftObserver {
  receive(state: InlineState): void;
  stop(): void;
}

/** Texts of recent snapshots, so a late analysis can be moved onto the current draft. */
const KEPT_REVISIONS = 24;
const HOVER_CLOSE_MS = 250;

interface Editor {
  id: string;
  handle: EditorHandle;
  painter: Painter;
  texts: Map<number, string>;
  text: string;
  findings: InlineFinding[];
  todo: string[];
  enabled: boolean;
  stopListening: () => void;
}

export function createInlineCoach(env: InlineEnvironment): InlineCoach {
  const doc = env.document;
  let overlay: Overlay | null = null;
  let editor: Editor | null = null;
  let open: { id: string; focused: boolean } | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let layoutFrame = 0;
  let pointer: { x: number; y: number } | null = null;
  /** The editor changed since the session last read it (it reads in a microtask after each change). */
  let unread = false;

  const ensureOverlay = (): Overlay => {
    if (overlay) return overlay;
    const made = createOverlay(doc);
    made.chip.addEventListener('click', () => env.openPanel());
    made.card.addEventListener('click', (event) => void onCardClick(event));
    made.card.addEventListener('keydown', onCardKey);
    made.card.addEventListener('pointerenter', () => clearTimeout(closeTimer));
    made.card.addEventListener('pointerleave', () => scheduleClose());
    overlay = made;
    return made;
  };

  const shown = () => (editor?.enabled ? editor.findings : []);

  const placeChipNow = () => {
    if (!editor || !overlay || overlay.chip.hidden) return;
    placeChip(
      overlay.chip,
      moved(editor.handle.root.getBoundingClientRect(), frameOffset(editor.handle.root.ownerDocument, doc)),
    );
  };

  /**
   * Places what follows the editor's box at the next frame. After a keystroke the page's layout is stale; reading
   * the editor's box then would force that layout inside the keystroke's task, while at the frame it is due anyway.
   */
  const placeSoon = () => {
    if (layoutFrame) return;
    layoutFrame = requestAnimationFrame(() => {
      layoutFrame = 0;
      measured(doc, onLayout);
    });
  };

  /** The chip's words and accessible name; written only when they change (a keystroke rarely changes them). */
  const renderChip = () => {
    if (!editor || !overlay) return;
    const { chip } = overlay;
    if (!editor.enabled) {
      chip.hidden = true;
      return;
    }
    const count = shown().length;
    const label = chipLabel(count, editor.todo);
    const todo = editor.todo.length > 0 ? `; to do: ${editor.todo.join(', ')}` : '';
    // The accessible name starts with the visible label (WCAG 2.5.3: a speech user says what they see).
    const name = `${label}: ${count} finding${count === 1 ? '' : 's'}${todo}. Open the Attune coach panel.`;
    const className = `chip${editor.painter.palette === 'dark' ? ' dark' : ''}`;
    // Placed when it appears; otherwise only a resize, scroll or zoom moves it (onLayout), so a keystroke reads no
    // layout for it. Its words never move it: it hangs from its bottom-right corner (styles.ts, translate(-100%)).
    const moves = chip.hidden;
    if (chip.textContent !== label) chip.textContent = label;
    if (chip.className !== className) chip.className = className;
    if (chip.getAttribute('aria-label') !== name) chip.setAttribute('aria-label', name);
    chip.hidden = false;
    if (moves) placeSoon();
  };

  const closeCard = (refocus: boolean) => {
    clearTimeout(closeTimer);
    const wasFocused = open?.focused;
    open = null;
    if (overlay) overlay.card.hidden = true;
    if (editor) editor.painter.paint(shown(), null);
    if (refocus && wasFocused) (editor?.handle.root as HTMLElement | undefined)?.focus({ preventScroll: true });
  };

  const scheduleClose = () => {
    clearTimeout(closeTimer);
    if (open && !open.focused) closeTimer = setTimeout(() => closeCard(false), HOVER_CLOSE_MS);
  };

  const openCard = (id: string, focused: boolean) => {
    if (!editor) return;
    const findings = shown();
    const index = findings.findIndex((f) => f.id === id);
    if (index < 0) return closeCard(false);
    clearTimeout(closeTimer);
    const { card, announce } = ensureOverlay();
    open = { id, focused };
    editor.painter.paint(findings, id);
    const finding = findings[index]!;
    renderCard(card, { finding, index, count: findings.length, palette: editor.painter.palette });
    const box = editor.painter.box(id);
    if (box) placeCard(card, box);
    if (focused) {
      card.querySelector('button')?.focus({ preventScroll: true });
      announce(`${finding.reason} ${finding.fixes.length > 0 ? `Suggested: ${finding.fixes[0]}.` : ''}`);
    }
  };

  /** Findings in draft order; the one after (or before) the caret, wrapping around. */
  const step = (direction: 1 | -1) => {
    if (!editor) return;
    const findings = [...shown()].sort((a, b) => a.span.start - b.span.start);
    if (findings.length === 0) {
      ensureOverlay().announce('Attune: nothing to look at in this reply.');
      return;
    }
    const current = open ? findings.findIndex((f) => f.id === open!.id) : -1;
    let next: number;
    if (current >= 0) next = (current + direction + findings.length) % findings.length;
    else {
      const caret = editor.handle.read().selection?.start ?? 0;
      next =
        direction === 1
          ? findings.findIndex((f) => f.span.end > caret)
          : findings.findLastIndex((f) => f.span.start < caret);
      if (next < 0) next = direction === 1 ? 0 : findings.length - 1;
    }
    openCard(findings[next]!.id, true);
  };

  const onShortcut = (event: KeyboardEvent) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.code !== 'KeyJ') return;
    if (!editor?.enabled) return;
    event.preventDefault();
    event.stopPropagation();
    step(event.shiftKey ? -1 : 1);
  };

  async function onCardClick(event: Event) {
    const button = (event.target as Element).closest('button');
    const current = editor;
    const finding = current && open ? current.findings.find((f) => f.id === open!.id) : undefined;
    if (!button || !current || !finding) return;
    if (button.dataset.action === 'ignore') {
      current.findings = current.findings.filter((f) => f !== finding);
      env.ignoreFinding(finding.key);
      closeCard(true);
      renderChip();
      overlay?.announce('Ignored. It stays hidden while this sentence is unchanged.');
      return;
    }
    const text = finding.fixes[Number(button.dataset.fix)] ?? '';
    closeCard(false);
    const result = await env.applyEdit({
      op: 'replace',
      editorId: current.id,
      span: finding.span,
      expected: finding.actual,
      text,
    });
    if (result.ok) env.noteApplied(current.id);
    overlay?.announce(
      result.ok
        ? `Replaced “${finding.actual}” with “${text}”.`
        : 'The draft changed under that suggestion, so it was left alone.',
    );
  }

  function onCardKey(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      closeCard(true);
    } else if (event.altKey && event.code === 'KeyJ') {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    }
  }

  const onPointerMove = (event: PointerEvent) => {
    const offset = frameOffset((event.target as Node).ownerDocument ?? doc, doc);
    pointer = { x: event.clientX + offset.x, y: event.clientY + offset.y };
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!editor || !pointer || (open?.focused ?? false)) return;
      const id = editor.painter.hit(pointer.x, pointer.y);
      if (id) {
        if (open?.id !== id) openCard(id, false);
        else clearTimeout(closeTimer);
      } else if (open && overlay && !contains(overlay.card.getBoundingClientRect(), pointer.x, pointer.y))
        scheduleClose();
    });
  };

  /** Repositions what follows the editor's box (scrolling, resizing, zoom). */
  function onLayout() {
    if (!editor) return;
    editor.painter.follow();
    placeChipNow();
    if (open && overlay) {
      const box = editor.painter.box(open.id);
      if (box) placeCard(overlay.card, box);
    }
  }

  const show = () => {
    if (!editor) return;
    if (open && !shown().some((f) => f.id === open!.id)) closeCard(false);
    editor.painter.paint(shown(), open?.id ?? null);
    renderChip();
  };

  const detach = () => {
    if (!editor) return;
    cancelAnimationFrame(layoutFrame);
    layoutFrame = 0;
    closeCard(false);
    editor.stopListening();
    editor.painter.dispose();
    if (overlay) overlay.chip.hidden = true;
    editor = null;
  };

  return {
    attached(id, handle) {
      detach();
      const root = handle.root;
      const ownerDoc = root.ownerDocument;
      const layer = ensureOverlay();
      const isField = root.tagName === 'TEXTAREA' || root.tagName === 'INPUT';
      const painter = isField
        ? createMirrorPainter(root as HTMLTextAreaElement, layer.root)
        : createRichPainter(root, doc);
      const resize = new ResizeObserver(onLayout);
      resize.observe(root);
      const view = ownerDoc.defaultView!;
      const passive = { capture: true, passive: true } as const;
      root.addEventListener('keydown', onShortcut as EventListener, true);
      ownerDoc.addEventListener('pointermove', onPointerMove as EventListener, passive);
      ownerDoc.addEventListener('scroll', onLayout, passive);
      view.addEventListener('resize', onLayout, passive);
      if (ownerDoc !== doc) {
        doc.addEventListener('scroll', onLayout, passive);
        doc.addEventListener('pointermove', onPointerMove as EventListener, passive);
      }
      editor = {
        id,
        handle,
        painter,
        texts: new Map(),
        text: '',
        findings: [],
        todo: [],
        enabled: false,
        stopListening() {
          resize.disconnect();
          root.removeEventListener('keydown', onShortcut as EventListener, true);
          ownerDoc.removeEventListener('pointermove', onPointerMove as EventListener, passive);
          ownerDoc.removeEventListener('scroll', onLayout, passive);
          view.removeEventListener('resize', onLayout, passive);
          doc.removeEventListener('scroll', onLayout, passive);
          doc.removeEventListener('pointermove', onPointerMove as EventListener, passive);
        },
      };
    },
    // The session reads the editor in a microtask after each change, and that reading drops and moves the ranges
    // (read() below): checking them here too cost every keystroke a second pass over the painted findings.
    changed() {
      unread = true;
    },
    read(text, revision) {
      unread = false;
      const current = editor;
      if (!current) return;
      if (revision !== null) {
        current.texts.set(revision, text);
        if (current.texts.size > KEPT_REVISIONS) current.texts.delete(current.texts.keys().next().value!);
      }
      if (current.findings.length === 0) {
        current.text = text;
        return;
      }
      if (text !== current.text) {
        current.findings = rebase(current.findings, current.text, text);
        current.text = text;
      }
      // The same text too: a rich editor may have rendered its nodes again, and paint() places anew the ranges that
      // no longer read back their words.
      show();
    },
    receive(state) {
      const current = editor;
      if (!current || state.editorId !== current.id) return;
      const base = current.texts.get(state.revision);
      // Older than every text kept: a newer analysis is on its way.
      if (base === undefined) return;
      measured(doc, () => {
        // The session's last reading is the editor's text unless it changed since: no second walk of a long draft.
        if (unread) current.text = current.handle.read().text;
        current.enabled = state.enabled;
        current.todo = state.todo;
        current.findings = rebase(state.findings, base, current.text);
        show();
      });
      // The benchmarks (bench/panel.ts) time keystroke → highlights from this mark; the attribute is theirs only.
      if (doc.documentElement.hasAttribute('data-attune-bench'))
        performance.mark('attune:inline', { detail: base.length });
      if (!state.enabled && overlay) overlay.chip.hidden = true;
    },
    stop() {
      detach();
      overlay?.remove();
      overlay = null;
    },
  };
}
