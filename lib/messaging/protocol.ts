/**
 * The one typed protocol that crosses the page ↔ extension boundary (content scripts ↔ background ↔ panel).
 * Messages carry commands and draft snapshots; settings live in typed storage items, never in messages.
 * Draft and ticket text travel only between extension contexts on this device — never to a server.
 */
import type { Connection, SyncStatus } from '../sync/store';
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Report, Span } from '../coach/types';

/**
 * Editor families Attune has an adapter for (lib/editors/registry.ts); `contenteditable` is the generic path for
 * every other rich editor (CKEditor 4, Summernote, Redactor, Froala…).
 */
export type EditorKind =
  | 'textarea'
  | 'input'
  | 'contenteditable'
  | 'prosemirror'
  | 'tiptap'
  | 'ckeditor5'
  | 'tinymce'
  | 'quill'
  | 'lexical'
  | 'slate'
  | 'draftjs'
  | 'trix'
  | 'codemirror';

/** Where the customer message came from: a site reader, the generic structural fallback, or the agent's selection. */
export type CustomerSource = 'site' | 'generic' | 'selection';

export interface CustomerMessage {
  text: string;
  name?: string;
  source: CustomerSource;
  /**
   * How sure the reader is that this is the customer's message. 'unsure' readings are shown to the agent but treated
   * as absent by the checks: a wrong customer message is worse than none. Absent means sure (older snapshots).
   */
  confidence?: 'sure' | 'unsure';
  /** Why the reader took this message, in words for the panel ("marked as the customer's by Zammad's markup"). */
  reason?: string;
  /** Where on the page it was found ("Conversation, message 3 of 4, above the reply box"). */
  region?: string;
}

/** What the content script sends after the agent types (debounced and coalesced). */
export interface DraftSnapshot {
  /** Stable per editor element for the life of the page (the content script assigns it). */
  editorId: string;
  editorKind: EditorKind;
  /** Helpdesk reader id ('zendesk', 'gmail', …, or 'generic'). */
  site: string;
  url: string;
  draft: string;
  selection: Span | null;
  customer: CustomerMessage | null;
  /** Increases with every snapshot from this editor; lets receivers drop out-of-order snapshots. */
  revision: number;
  /** True while an IME composition is in progress: the editor refuses writes until it ends. */
  composing: boolean;
  at: number;
}

/** A snapshot as the background stores it: with the tab, window and frame it came from. */
export interface RoutedSnapshot extends DraftSnapshot {
  tabId: number;
  windowId: number;
  frameId: number;
}

export type EditCommand =
  | { op: 'insert'; editorId: string; text: string }
  | {
      op: 'replace';
      editorId: string;
      span: Span;
      /** The text the span must still hold; anything else means the suggestion is stale and is refused. */
      expected: string;
      text: string;
    };

/**
 * `unsafe`: no write path could change the editor exactly as intended (and whatever a path changed was undone), so
 * the draft is as it was; the panel copies the text to the clipboard for the agent to paste.
 * `failed`: a path changed the draft unexpectedly and undoing it did not restore it (the result's `draft` says how).
 */
export type ApplyFailure = 'stale' | 'composing' | 'no-editor' | 'opted-out' | 'unsafe' | 'failed';

export interface ApplyResult {
  ok: boolean;
  reason?: ApplyFailure;
  /** Which write path worked (page-api, execCommand, beforeinput, paste…), for tests and diagnostics. */
  strategy?: string;
  /** The draft as read back after the write. */
  draft?: string;
  /** How the edit was kept apart from the agent's typing in the undo history (diagnostics and the support table). */
  undoGroup?: 'closed' | 'waited' | 'own-step' | 'idle';
}

/** A reply the agent sent (submitted or cleared through the helpdesk's send action). */
export interface DraftSent {
  editorId: string;
  /** The last analysed draft revision, so the background can turn it into a progress event (counters only). */
  revision: number;
  at: number;
}

/** The side panel saw the agent review a draft's coaching (lib/progress/review.ts says when). */
export interface DraftReviewed {
  windowId: number;
  editorId: string;
  /** The revision the panel showed. */
  revision: number;
  reason: 'acted' | 'settled';
}

/** The coach's analysis of the latest snapshot in a window, as the background keeps and broadcasts it. */
export interface CoachState {
  windowId: number;
  snapshot: RoutedSnapshot;
  report: Report;
  /** Findings not ignored by the agent: the number on the action badge. */
  openFindings: number;
}

/** One finding as the page shows it inline: where it is in the analysed draft, why, and its fixes. */
export interface InlineFinding {
  /** The ignore key (lib/report-view/finding-key.ts): what Ignore stores. */
  key: string;
  /** Unique among the state's findings (a repeated finding shares its key): what the page paints and opens by. */
  id: string;
  ruleId: string;
  severity: 'error' | 'warning' | 'suggestion';
  reason: string;
  why: string;
  span: Span;
  /** The text the span held in the analysed draft; a span whose text changed is dropped, never shown. */
  actual: string;
  /** Replacements, best first; empty when there is no automatic fix. */
  fixes: string[];
}

/**
 * background → content: what to show inline for one editor after an analysis. Offsets refer to the draft of
 * `revision`; the content script moves them onto whatever the agent typed since.
 */
export interface InlineState {
  editorId: string;
  revision: number;
  /** False when the agent turned inline display off, globally or for this site: clear everything. */
  enabled: boolean;
  findings: InlineFinding[];
  /** Unmet checks in a few words each, most important first ("answer 1 question"). */
  todo: string[];
}

export interface ProtocolMap {
  /** content → background, over the SNAPSHOT_PORT port (ports.ts), or as a message */
  snapshot(data: DraftSnapshot): void;
  /** content → background */
  draftSent(data: DraftSent): void;
  /** background → content (to one tab and frame) */
  applyEdit(data: EditCommand): ApplyResult;
  /** background → content: the agent chose "Use as customer message" on a selection. */
  useSelectionAsCustomer(data: { text: string }): void;
  /** background → content (to one tab and frame): the findings to show in the page. */
  inlineState(data: InlineState): void;
  /** content → background: the agent chose Ignore on an inline card. */
  ignoreFinding(data: { key: string }): void;
  /** content → background: the agent applied a fix from an inline card (counted like the panel's). */
  inlineApplied(data: { editorId: string }): void;
  /** content → background: this frame has findings to show inline; inject the inline coach's script into it. */
  loadInline(): { ok: boolean };
  /** content → background: the status chip was clicked; open the side panel (sidebar on Firefox) of its window. */
  openPanel(): { ok: boolean };
  /** panel → background: apply an edit in the editor the agent last typed in, in that window. */
  applyInWindow(data: { windowId: number; command: EditCommand }): ApplyResult;
  /** panel → background: the latest snapshot for a window (null when there is none yet). */
  latestSnapshot(data: { windowId: number }): RoutedSnapshot | null;
  /** background → extension pages: the coach analysed a new snapshot for a window. */
  coachUpdated(data: CoachState): void;
  /** panel → background: the coach's latest analysis for a window (null when there is none yet). */
  latestCoach(data: { windowId: number }): CoachState | null;
  /** panel → background: the agent reviewed the shown draft; the coach queues the reply's reviewed event. */
  draftReviewed(data: DraftReviewed): { recorded: boolean };
  /** panel → background: use the text selected in the window's page as the customer message. */
  useSelectionInWindow(data: { windowId: number }): { ok: boolean; reason?: 'no-tab' | 'no-selection' | 'failed' };
  /** panel/options → background: fetch the team's guidelines and tips and flush the outbox now. */
  syncNow(): SyncStatus;
  /** options → background: join the team with an invite code (the worker owns sync, so pages stay light). */
  syncConnect(data: { backendUrl: string; code: string; displayName: string }): Connection;
  /** options → background: revoke this device on the backend and forget the connection. */
  syncDisconnect(): void;
}

// The content script speaks this same protocol and wire format through the lighter lib/content/messaging.ts.
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
