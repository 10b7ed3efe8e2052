/**
 * Every server call the dashboard makes, as react-query hooks. Queries are keyed by team so a sign-out or a
 * team switch never shows another team's data; mutations invalidate exactly what they change.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { GuidelinePack } from '../../../lib/coach/types';
import type { TipInput } from '../tips/TipsEditor';
import type { ApiClient } from './client';
import { ApiError, readJson } from './errors';

export const ApiContext = createContext<ApiClient | null>(null);

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() needs an <ApiContext.Provider> above it');
  return api;
}

export const keys = {
  session: ['session'] as const,
  team: (teamId: string) => ['team', teamId] as const,
  members: (teamId: string) => ['team', teamId, 'members'] as const,
  invites: (teamId: string) => ['team', teamId, 'invites'] as const,
  devices: (teamId: string) => ['team', teamId, 'devices'] as const,
  packs: (teamId: string) => ['team', teamId, 'packs'] as const,
  pack: (teamId: string, packId: string) => ['team', teamId, 'packs', packId] as const,
  tips: (teamId: string) => ['team', teamId, 'tips'] as const,
  aggregates: (teamId: string, days: number) => ['team', teamId, 'aggregates', days] as const,
};

// ---- session ----

/** The signed-in lead and team, or null when nobody is signed in (401 is an answer here, not an error). */
export function useSession() {
  const api = useApi();
  return useQuery({
    queryKey: keys.session,
    queryFn: async () => {
      try {
        return await readJson(api.api.auth.session.$get());
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export type Session = NonNullable<ReturnType<typeof useSession>['data']>;

export function useSignIn() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      readJson(api.api.auth['sign-in'].$post({ json: credentials })),
    onSuccess: async () => {
      client.removeQueries({ queryKey: ['team'] });
      await client.invalidateQueries({ queryKey: keys.session });
    },
  });
}

export function useSignOut() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => readJson(api.api.auth['sign-out'].$post()),
    onSuccess: () => {
      client.removeQueries({ queryKey: ['team'] });
      client.setQueryData(keys.session, null);
    },
  });
}

// ---- team and members ----

export function useTeam(teamId: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.team(teamId),
    queryFn: () => readJson(api.api.teams[':teamId'].$get({ param: { teamId } })),
  });
}

export function useUpdateTeam(teamId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: { name?: string; shareIndividualProgress?: boolean }) =>
      readJson(api.api.teams[':teamId'].$patch({ param: { teamId }, json: patch })),
    onSuccess: (team) => {
      client.setQueryData(keys.team(teamId), team);
      void client.invalidateQueries({ queryKey: ['team', teamId, 'aggregates'] });
    },
  });
}

export function useMembers(teamId: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.members(teamId),
    queryFn: () => readJson(api.api.teams[':teamId'].members.$get({ param: { teamId } })),
  });
}

export function useUpdateMember(teamId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, ...patch }: { memberId: string; role?: 'lead' | 'agent'; displayName?: string }) =>
      readJson(api.api.teams[':teamId'].members[':memberId'].$patch({ param: { teamId, memberId }, json: patch })),
    onSettled: () => client.invalidateQueries({ queryKey: keys.members(teamId) }),
  });
}

export function useRemoveMember(teamId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) =>
      readJson(api.api.teams[':teamId'].members[':memberId'].$delete({ param: { teamId, memberId } })),
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: keys.members(teamId) });
      await client.invalidateQueries({ queryKey: keys.devices(teamId) });
    },
  });
}

// ---- invites and devices ----

export function useInvites(teamId: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.invites(teamId),
    queryFn: () => readJson(api.api.teams[':teamId'].invites.$get({ param: { teamId } })),
  });
}

export function useCreateInvite(teamId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { label: string; maxUses: number; expiresInDays: number }) =>
      readJson(api.api.teams[':teamId'].invites.$post({ param: { teamId }, json: input })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.invites(teamId) }),
  });
}

export function useRevokeInvite(teamId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (inviteId: string) =>
      readJson(api.api.teams[':teamId'].invites[':inviteId'].$delete({ param: { teamId, inviteId } })),
    onSettled: () => client.invalidateQueries({ queryKey: keys.invites(teamId) }),
  });
}

export function useDevices(teamId: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.devices(teamId),
    queryFn: () => readJson(api.api.teams[':teamId'].devices.$get({ param: { teamId } })),
  });
}

export function useRevokeDevice(teamId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (deviceId: string) =>
      readJson(api.api.teams[':teamId'].devices[':deviceId'].$delete({ param: { teamId, deviceId } })),
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: keys.devices(teamId) });
      await client.invalidateQueries({ queryKey: keys.members(teamId) });
    },
  });
}

// ---- guideline packs ----

export function usePacks(teamId: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.packs(teamId),
    queryFn: () => readJson(api.api.teams[':teamId'].packs.$get({ param: { teamId } })),
  });
}

export function usePack(teamId: string, packId: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: keys.pack(teamId, packId ?? 'none'),
    queryFn: () =>
      readJson(api.api.teams[':teamId'].packs[':packId'].$get({ param: { teamId, packId: packId ?? '' } })),
    enabled: packId !== null,
  });
}

export type PackDetail = NonNullable<ReturnType<typeof usePack>['data']>;

export function useCreatePack(teamId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (pack: GuidelinePack) =>
      readJson(api.api.teams[':teamId'].packs.$post({ param: { teamId }, json: { pack } })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.packs(teamId) }),
  });
}

export function useSavePackVersion(teamId: string, packId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (pack: GuidelinePack) =>
      readJson(api.api.teams[':teamId'].packs[':packId'].versions.$post({ param: { teamId, packId }, json: { pack } })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.packs(teamId) }),
  });
}

export function useLoadPackVersion(teamId: string, packId: string) {
  const api = useApi();
  return useMutation({
    mutationFn: (version: number) =>
      readJson(
        api.api.teams[':teamId'].packs[':packId'].versions[':version'].$get({
          param: { teamId, packId, version: String(version) },
        }),
      ),
  });
}

export function usePublishPack(teamId: string, packId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      readJson(
        api.api.teams[':teamId'].packs[':packId'].publish.$post({ param: { teamId, packId }, json: { version } }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: keys.packs(teamId) }),
  });
}

export function useRollbackPack(teamId: string, packId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => readJson(api.api.teams[':teamId'].packs[':packId'].rollback.$post({ param: { teamId, packId } })),
    onSettled: () => client.invalidateQueries({ queryKey: keys.packs(teamId) }),
  });
}

// ---- tips ----

export function useTips(teamId: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.tips(teamId),
    queryFn: () => readJson(api.api.teams[':teamId'].tips.$get({ param: { teamId } })),
  });
}

export function useTipMutations(teamId: string) {
  const api = useApi();
  const client = useQueryClient();
  const onSettled = () => client.invalidateQueries({ queryKey: keys.tips(teamId) });
  const create = useMutation({
    mutationFn: (tip: TipInput) => readJson(api.api.teams[':teamId'].tips.$post({ param: { teamId }, json: tip })),
    onSettled,
  });
  const update = useMutation({
    mutationFn: ({ id, tip }: { id: string; tip: TipInput }) =>
      readJson(api.api.teams[':teamId'].tips[':tipId'].$put({ param: { teamId, tipId: id }, json: tip })),
    onSettled,
  });
  const remove = useMutation({
    mutationFn: (id: string) =>
      readJson(api.api.teams[':teamId'].tips[':tipId'].$delete({ param: { teamId, tipId: id } })),
    onSettled,
  });
  return { create, update, remove };
}

// ---- progress ----

export function useAggregates(teamId: string, days: number) {
  const api = useApi();
  return useQuery({
    queryKey: keys.aggregates(teamId, days),
    queryFn: () =>
      readJson(api.api.teams[':teamId'].aggregates.$get({ param: { teamId }, query: { days: String(days) } })),
  });
}

export type Aggregates = NonNullable<ReturnType<typeof useAggregates>['data']>;
