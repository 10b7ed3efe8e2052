/**
 * Team tips mix with the built-in tip of the day: on alternate days (by date, so the panel shows the same tip all
 * day) one of the lead's tips takes the slot, rotating through them; with no team tips the built-in tip stays.
 */
import type { Tip } from '../lessons/tip';
import type { TeamTip } from './client';

const DAY_MS = 86_400_000;

export function teamTipAsTip(tip: TeamTip): Tip {
  return {
    lesson: { id: `team/${tip.id}`, title: tip.title, why: tip.body, before: '', after: '' },
    because: 'A tip from your team lead.',
  };
}

export function mixTeamTip(builtIn: Tip, teamTips: readonly TeamTip[], now: number): Tip {
  if (teamTips.length === 0) return builtIn;
  const day = Math.floor(now / DAY_MS);
  if (day % 2 === 0) return builtIn;
  return teamTipAsTip(teamTips[Math.floor(day / 2) % teamTips.length]!);
}
