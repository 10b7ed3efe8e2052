/** The panel's UI state (zustand): what the background last told it, plus the agent's choices in this panel. */
import { createStore } from 'zustand/vanilla';
import type { CoachState } from '../messaging/protocol';
import type { StressMark } from '../lessons/human-touch';
import { DEFAULT_WELLBEING, type WellbeingSettings } from '../settings/items';
import type { Ignored } from '../report-view/selectors';

export interface Notice {
  text: string;
  tone: 'info' | 'warning';
}

export interface PanelData {
  windowId: number | null;
  coach: CoachState | null;
  /** URL of the active tab in this window, when the extension may see it. */
  activeUrl: string | null;
  /** null: not known yet. */
  siteEnabled: boolean | null;
  ignored: Ignored;
  wellbeing: WellbeingSettings;
  marks: StressMark[];
  lastBreakAt: number;
  /** The outcome of the agent's last action, announced politely to screen readers. */
  notice: Notice | null;
}

export interface PanelStore extends PanelData {
  set(patch: Partial<PanelData>): void;
  /** Takes a new analysis unless it is for another window or older than the one shown. */
  receive(coach: CoachState): void;
}

export function isNewerCoach(current: CoachState | null, next: CoachState): boolean {
  if (!current) return true;
  if (current.snapshot.editorId !== next.snapshot.editorId) return next.snapshot.at >= current.snapshot.at;
  return next.snapshot.revision >= current.snapshot.revision;
}

export const INITIAL_PANEL: PanelData = {
  windowId: null,
  coach: null,
  activeUrl: null,
  siteEnabled: null,
  ignored: { rules: [], findings: [] },
  wellbeing: DEFAULT_WELLBEING,
  marks: [],
  lastBreakAt: 0,
  notice: null,
};

export function createPanelStore(initial: Partial<PanelData> = {}) {
  return createStore<PanelStore>()((set, get) => ({
    ...INITIAL_PANEL,
    ...initial,
    set: (patch) => set(patch),
    receive(coach) {
      const { windowId, coach: current } = get();
      if (windowId !== null && coach.windowId !== windowId) return;
      if (!isNewerCoach(current, coach)) return;
      set({ coach });
    },
  }));
}

export type PanelStoreApi = ReturnType<typeof createPanelStore>;
