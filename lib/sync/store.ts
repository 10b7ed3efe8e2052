/**
 * What sync keeps in extension storage: the connection (backend URL and device token), its status, the cached
 * guideline packs and tips (so coaching keeps the team's rules offline), and the outbox. storage.local, not
 * session: all of it must survive a browser restart.
 */
import { storage } from 'wxt/utils/storage';
import type { GuidelinePack } from '../coach/types';
import type { TeamInfo, TeamTip } from './client';
import { EMPTY_OUTBOX, type Outbox } from './outbox';

export interface Connection {
  backendUrl: string;
  /** The device token from joining: a bearer credential, only ever sent to `backendUrl`. */
  token: string;
  deviceId: string;
  memberId: string;
  displayName: string;
  team: TeamInfo;
  connectedAt: number;
}

/**
 * `reconnect`: the backend refused the token (revoked, or the agent was removed) — shown in panel and options
 * until the agent connects again; nothing is sent meanwhile, events keep queueing.
 */
export type SyncState = 'disconnected' | 'connected' | 'reconnect';

export interface SyncStatus {
  state: SyncState;
  /** Whether the last request reached the backend (false: offline or the backend is down). */
  reachable: boolean;
  lastContactAt: number | null;
  lastError: string | null;
  /** The backend URL the agent last connected to, kept after a revocation to prefill the reconnect form. */
  backendUrl: string | null;
}

export const DISCONNECTED: SyncStatus = {
  state: 'disconnected',
  reachable: true,
  lastContactAt: null,
  lastError: null,
  backendUrl: null,
};

/** Something sync left out of a team pack: a phrase or rule (the pack is kept without it), or the whole pack. */
export interface PackProblem {
  packId: string;
  /** Whether the rest of the pack still coaches. */
  packKept: boolean;
  /** "rule 1 "refusal", field phrases[1].match: …", as the pack's validation says it. */
  message: string;
}

export interface CachedGuidelines {
  etag: string | null;
  packs: GuidelinePack[];
  /** Absent in caches written before problems were kept. */
  problems?: PackProblem[];
  checkedAt: number;
}

export interface CachedTips {
  etag: string | null;
  tips: TeamTip[];
  checkedAt: number;
}

export const connectionItem = storage.defineItem<Connection | null>('local:sync.connection', {
  fallback: null,
  version: 1,
});
export const syncStatusItem = storage.defineItem<SyncStatus>('local:sync.status', {
  fallback: DISCONNECTED,
  version: 1,
});
/** The team's published packs, already validated with the engine's schema; applied by the background coach. */
export const teamGuidelinesItem = storage.defineItem<CachedGuidelines | null>('local:sync.guidelines', {
  fallback: null,
  version: 1,
});
export const teamTipsItem = storage.defineItem<CachedTips | null>('local:sync.tips', { fallback: null, version: 1 });
export const outboxItem = storage.defineItem<Outbox>('local:sync.outbox', { fallback: EMPTY_OUTBOX, version: 1 });
