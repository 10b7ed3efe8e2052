/**
 * The seam between the content script and the inline coach (lib/inline). The coach's UI is a script of its own,
 * injected into this frame's isolated world by the background the first time there is something to show here, so
 * a helpdesk page where Attune finds nothing (or inline display is off) never pays for it. Until then this proxy
 * keeps what the coach will need: the attached editor and the texts of recent snapshots.
 */
import type { EditorHandle } from '../editors';
import type { InlineCoach, InlineEnvironment } from '../inline/coach';
import type { InlineState } from '../messaging/protocol';

/** Where the injected script finds this frame's host (both scripts share the isolated world's global). */
export const INLINE_HOST_KEY = '__attuneInlineHost';

export interface InlineHost {
  env: InlineEnvironment;
  ready(coach: InlineCoach): void;
}

const KEPT_REVISIONS = 24;

export function createInlineProxy(env: InlineEnvironment, load: () => void): InlineCoach {
  let coach: InlineCoach | null = null;
  let requested = false;
  let editor: { id: string; handle: EditorHandle } | null = null;
  let texts = new Map<number, string>();
  let pending: InlineState | null = null;
  const global = globalThis as Record<string, unknown>;

  const host: InlineHost = {
    env,
    ready(loaded) {
      if (coach) return;
      coach = loaded;
      if (editor) coach.attached(editor.id, editor.handle);
      for (const [revision, text] of texts) coach.read(text, revision);
      texts = new Map();
      if (pending) coach.receive(pending);
      pending = null;
    },
  };

  return {
    attached(id, handle) {
      editor = { id, handle };
      texts = new Map();
      coach?.attached(id, handle);
    },
    changed: () => coach?.changed(),
    read(text, revision) {
      if (coach) return coach.read(text, revision);
      if (revision === null) return;
      texts.set(revision, text);
      if (texts.size > KEPT_REVISIONS) texts.delete(texts.keys().next().value!);
    },
    receive(state) {
      if (coach) return coach.receive(state);
      if (!state.enabled || (state.findings.length === 0 && state.todo.length === 0)) return;
      pending = state;
      if (requested) return;
      requested = true;
      global[INLINE_HOST_KEY] = host;
      load();
    },
    stop() {
      coach?.stop();
      delete global[INLINE_HOST_KEY];
    },
  };
}
