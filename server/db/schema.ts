/**
 * The backend's tables as Kysely sees them. One schema for SQLite and PostgreSQL: times are epoch milliseconds
 * (bigint in PostgreSQL, parsed to numbers by the pool), flags are 0/1 integers, JSON is stored as text — so
 * every query is written once.
 */
import type { Generated } from 'kysely';

export type Role = 'lead' | 'agent';
export type CheckOutcome = 'present' | 'missing' | 'not-needed';

export interface TeamsTable {
  id: string;
  name: string;
  /** 1 when leads may see each agent's own figures — agents are told so through GET /api/agent/me. */
  share_individual_progress: number;
  /** Changes on every publish, rollback or unpublish: the ETag of the team's published guidelines. */
  guidelines_etag: string;
  tips_etag: string;
  created_at: number;
}

export interface MembersTable {
  id: string;
  team_id: string;
  role: Role;
  display_name: string;
  /** Leads sign in with e-mail and password; agents have neither, only device tokens. */
  email: string | null;
  password_hash: string | null;
  created_at: number;
  removed_at: number | null;
}

export interface SessionsTable {
  /** SHA-256 of the session id in the cookie: a leaked table does not let anyone sign in. */
  id_hash: string;
  member_id: string;
  created_at: number;
  expires_at: number;
}

export interface InvitesTable {
  id: string;
  team_id: string;
  code_hash: string;
  label: string;
  max_uses: number;
  uses: number;
  expires_at: number;
  revoked_at: number | null;
  created_by: string;
  created_at: number;
}

export interface DeviceTokensTable {
  id: string;
  token_hash: string;
  member_id: string;
  team_id: string;
  label: string;
  created_at: number;
  last_used_at: number;
  revoked_at: number | null;
}

export interface GuidelinePacksTable {
  id: string;
  team_id: string;
  /** The pack's own `id` (GuidelinePack.id), unique per team. */
  pack_key: string;
  name: string;
  latest_version: number;
  published_version: number | null;
  created_at: number;
  updated_at: number;
  archived_at: number | null;
}

export interface GuidelineVersionsTable {
  pack_id: string;
  version: number;
  /** The GuidelinePack as JSON text. */
  content: string;
  created_by: string;
  created_at: number;
  /** Rules in this version, and the matcher steps its phrases cost (measureGuidelinePack); 0 before migration 004. */
  rule_count: Generated<number>;
  cost: Generated<number>;
}

/** Sign-in and join attempts per key ("account:<hash>", "sign-in-address:<ip>", "join-address:<ip>"). */
export interface CredentialThrottleTable {
  key: string;
  /** Attempts since the key was last cleared or went quiet for the reset time. */
  attempts: number;
  last_attempt_at: number;
  /** No attempt is taken before this (epoch ms); 0 when not blocked. */
  blocked_until: number;
}

export interface GuidelinePublicationsTable {
  id: string;
  pack_id: string;
  /** null records an unpublish. */
  version: number | null;
  /** A rollback is recorded as such, so the next rollback goes further back instead of undoing it. */
  kind: Generated<'publish' | 'rollback' | 'unpublish'>;
  published_by: string;
  published_at: number;
}

export interface TipsTable {
  id: string;
  team_id: string;
  title: string;
  body: string;
  /** JSON array of tag strings. */
  tags: string;
  created_by: string;
  created_at: number;
  updated_at: number;
}

export interface EventsTable {
  team_id: string;
  member_id: string;
  /** The client-made id: (member_id, client_event_id) is unique, so a retried batch never counts twice. */
  client_event_id: string;
  kind: 'reviewed' | 'sent';
  /** The device's clock, kept for skew analysis. */
  occurred_at: number;
  /** The server's clock: the truth for when the event arrived. */
  received_at: number;
  /** UTC day the event counts for: the device's day when its clock is plausible, else the server's. */
  day: string;
  score: number;
  suggestions_applied: number;
  questions_asked: number;
  questions_unanswered: number;
  check_acknowledgement: CheckOutcome | null;
  check_reassurance: CheckOutcome | null;
  check_restatement: CheckOutcome | null;
  check_questions: CheckOutcome | null;
  check_next_steps: CheckOutcome | null;
  check_personalization: CheckOutcome | null;
  check_greeting: CheckOutcome | null;
  check_closing: CheckOutcome | null;
  engine_version: string | null;
}

export interface EventRuleCountsTable {
  team_id: string;
  member_id: string;
  client_event_id: string;
  day: string;
  rule_id: string;
  count: number;
}

/** Request hits per limiter ("address", "device"), key and window (epoch ms, aligned): PostgreSQL's shared limits. */
export interface RateLimitWindowsTable {
  limiter: string;
  key: string;
  window_start: number;
  count: number;
}

export interface Database {
  teams: TeamsTable;
  members: MembersTable;
  sessions: SessionsTable;
  invites: InvitesTable;
  device_tokens: DeviceTokensTable;
  guideline_packs: GuidelinePacksTable;
  guideline_versions: GuidelineVersionsTable;
  guideline_publications: GuidelinePublicationsTable;
  tips: TipsTable;
  events: EventsTable;
  event_rule_counts: EventRuleCountsTable;
  credential_throttle: CredentialThrottleTable;
  rate_limit_windows: RateLimitWindowsTable;
}
