/**
 * The human side: when a ticket needs more than a macro, and when the agent needs a break. Pure functions of the
 * engine's customer analysis and counters — no text is kept.
 */
import type { CustomerAnalysis, StressKind } from '../coach/types';
import type { WellbeingSettings } from '../settings/items';

export const VERY_UPSET = 0.75;

export interface EscalationNote {
  reasons: string[];
  advice: string;
}

const REASON_BY_STRESS: Partial<Record<StressKind, string>> = {
  'repeat-contact': 'they have contacted us about this before',
  'threat-to-leave': 'they are thinking about cancelling',
};

export function escalationNote(customer: CustomerAnalysis | null): EscalationNote | null {
  if (!customer) return null;
  const reasons: string[] = [];
  if (customer.distress >= VERY_UPSET) reasons.push('they are very upset');
  for (const kind of ['repeat-contact', 'threat-to-leave'] as const) {
    if (customer.stress.some((s) => s.kind === kind)) reasons.push(REASON_BY_STRESS[kind]!);
  }
  if (reasons.length === 0) return null;
  return {
    reasons,
    advice:
      'This one deserves more than a macro: write a personal reply in your own words, offer a call, or ask a lead to step in.',
  };
}

/** One ticket's stress, as the wellbeing check remembers it (a ticket key hash and a number). */
export interface StressMark {
  ticket: string;
  at: number;
  distress: number;
}

/** How long a run of hard tickets may take to count as one stretch. */
export const RUN_WINDOW_MS = 2 * 60 * 60_000;

export function withStressMark(marks: readonly StressMark[], mark: StressMark, keep = 50): StressMark[] {
  return [...marks.filter((m) => m.ticket !== mark.ticket), mark].sort((a, b) => a.at - b.at).slice(-keep);
}

/**
 * True when the latest `runLength` tickets, all within RUN_WINDOW_MS and after the last break, were all
 * high-stress. Off when the agent turned break reminders off.
 */
export function shouldSuggestBreak(
  marks: readonly StressMark[],
  settings: WellbeingSettings,
  lastBreakAt: number,
  now: number,
): boolean {
  if (!settings.breakReminders || settings.runLength < 1) return false;
  const recent = marks.filter((m) => m.at > lastBreakAt && now - m.at <= RUN_WINDOW_MS);
  const latest = recent.slice(-settings.runLength);
  return latest.length === settings.runLength && latest.every((m) => m.distress >= settings.distressThreshold);
}
