/**
 * The agent's settings: typed, versioned storage items, read and watched from every context (background, panel,
 * options). Every value here is a setting the agent chose — no draft or ticket text — so the whole set can sync.
 */
import { storage } from 'wxt/utils/storage';
import type { GuidelinePack } from '../coach/types';
import type { StressMark } from '../lessons/human-touch';

/** Rule families the engine ships (`lib/coach/rules/<family>/`); each can be turned off. */
export const RULE_FAMILIES = [
  { id: 'clarity', label: 'Clarity', description: 'Long sentences, walls of text, jargon and acronyms.' },
  { id: 'tone', label: 'Tone', description: 'Blame, condescension, hedging, minimizing, negative framing.' },
  {
    id: 'boilerplate',
    label: 'Boilerplate',
    description: 'Robotic stock phrases such as “we apologize for any inconvenience”.',
  },
  { id: 'promises', label: 'Promises', description: 'Overpromising: guarantees and “never again”.' },
  { id: 'inclusive', label: 'Inclusive language', description: '“Guys”, ableist terms and other exclusionary words.' },
  { id: 'plain', label: 'Plain English', description: 'Idioms and slang a non-native reader may misread.' },
  { id: 'dates', label: 'Dates and times', description: 'Ambiguous dates and missing time zones.' },
  { id: 'shouting', label: 'Shouting', description: 'Capitals and repeated exclamation marks.' },
] as const;

/** Rule ids (`family/name`) or whole families the agent turned off. */
export const disabledRulesItem = storage.defineItem<string[]>('local:settings.disabledRules', {
  fallback: [],
  version: 1,
});

export interface PhrasingPreferences {
  /** Greeting the agent likes to open with, e.g. "Hi". Empty: no preference. */
  greeting: string;
  /** Sign-off the agent likes, e.g. "Warm regards". Empty: no preference. */
  signOff: string;
  /** Phrases the agent wants flagged in their own drafts. */
  avoid: string[];
  /** Terms the agent wants replaced with a preferred wording. */
  prefer: Array<{ term: string; preferred: string }>;
}

export const DEFAULT_PHRASING: PhrasingPreferences = { greeting: '', signOff: '', avoid: [], prefer: [] };

export const phrasingItem = storage.defineItem<PhrasingPreferences>('local:settings.phrasing', {
  fallback: DEFAULT_PHRASING,
  version: 1,
});

export interface WellbeingSettings {
  /** Suggest a short break after a run of high-stress tickets. */
  breakReminders: boolean;
  /** How many high-stress tickets in a row make a run. */
  runLength: number;
  /** Customer distress (0..1) from which a ticket counts as high-stress. */
  distressThreshold: number;
  /** Escalation notes for very upset customers, repeat contacts and threats to cancel. */
  escalationNotes: boolean;
}

export const DEFAULT_WELLBEING: WellbeingSettings = {
  breakReminders: true,
  runLength: 4,
  distressThreshold: 0.6,
  escalationNotes: true,
};

export const wellbeingItem = storage.defineItem<WellbeingSettings>('local:settings.wellbeing', {
  fallback: DEFAULT_WELLBEING,
  version: 1,
});

/** When the agent last took a break the panel suggested (epoch ms); the next run counts from here. */
export const lastBreakItem = storage.defineItem<number>('local:wellbeing.lastBreakAt', { fallback: 0, version: 1 });

/**
 * Recent tickets' customer distress, for the wellbeing break suggestion (a ticket hash and a number only): the
 * background coach writes it, the panel reads it.
 */
export const stressMarksItem = storage.defineItem<StressMark[]>('session:wellbeing.marks', { fallback: [] });

/** Rules the agent chose "Ignore always" for. */
export const ignoredRulesItem = storage.defineItem<string[]>('local:coach.ignoredRules', { fallback: [], version: 1 });

/**
 * Single findings the agent chose "Ignore" for, by hash of rule and surrounding text (offsets move with every
 * keystroke; the hash does not). Bounded: the oldest fall off.
 */
export const ignoredFindingsItem = storage.defineItem<string[]>('local:coach.ignoredFindings', {
  fallback: [],
  version: 1,
});

export const MAX_IGNORED_FINDINGS = 500;

/** Adds a hash, keeping the newest MAX_IGNORED_FINDINGS. */
export function withIgnored(list: readonly string[], key: string): string[] {
  const next = list.filter((k) => k !== key);
  next.push(key);
  return next.slice(-MAX_IGNORED_FINDINGS);
}

/** The agent's phrasing preferences as a guideline pack the engine applies like a team's. */
export function personalPack(prefs: PhrasingPreferences): GuidelinePack | null {
  const rules: GuidelinePack['rules'] = [];
  const avoid = prefs.avoid.map((p) => p.trim()).filter(Boolean);
  if (avoid.length > 0) {
    rules.push({
      kind: 'avoid',
      id: 'avoid',
      phrases: avoid,
      message: 'You asked Attune to point out this phrase.',
      why: 'It is on your personal list of phrases to avoid.',
      severity: 'suggestion',
    });
  }
  prefs.prefer
    .filter((p) => p.term.trim() && p.preferred.trim())
    .forEach((p, i) =>
      rules.push({
        kind: 'prefer',
        id: `prefer-${i + 1}`,
        term: p.term.trim(),
        preferred: p.preferred.trim(),
        why: 'It is your preferred wording.',
        severity: 'suggestion',
      }),
    );
  if (prefs.greeting.trim()) {
    rules.push({
      kind: 'require',
      id: 'greeting',
      where: 'greeting',
      phrases: [prefs.greeting.trim()],
      message: `Open with your greeting, “${prefs.greeting.trim()}”.`,
      severity: 'suggestion',
    });
  }
  if (prefs.signOff.trim()) {
    rules.push({
      kind: 'require',
      id: 'sign-off',
      where: 'closing',
      phrases: [prefs.signOff.trim()],
      message: `Close with your sign-off, “${prefs.signOff.trim()}”.`,
      severity: 'suggestion',
    });
  }
  if (rules.length === 0) return null;
  return { id: 'personal', name: 'My phrasing', version: 1, rules };
}

/** Inline coaching in the page (highlights, card, status chip): on or off everywhere, and off for some sites. */
export interface InlineDisplaySettings {
  enabled: boolean;
  /** Origins (`https://acme.zendesk.com`) where inline display is off while it stays on elsewhere. */
  offOrigins: string[];
}

export const DEFAULT_INLINE_DISPLAY: InlineDisplaySettings = { enabled: true, offOrigins: [] };

export const inlineDisplayItem = storage.defineItem<InlineDisplaySettings>('local:settings.inlineDisplay', {
  fallback: DEFAULT_INLINE_DISPLAY,
  version: 1,
});

/** Whether findings are shown inline on the page at `url`; a URL that does not parse shows nothing. */
export function inlineShownAt(settings: InlineDisplaySettings, url: string): boolean {
  if (!settings.enabled) return false;
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return false;
  }
  return !settings.offOrigins.includes(origin);
}

/** The settings with inline display turned on or off for one origin. */
export function withInlineAt(settings: InlineDisplaySettings, origin: string, on: boolean): InlineDisplaySettings {
  const rest = settings.offOrigins.filter((o) => o !== origin);
  return { ...settings, offOrigins: on ? rest : [...rest, origin] };
}
