/** The stakeholder register (editors' engagement profiles), read through the query that also tells the session the role. */
import { useQuery } from '@tanstack/react-query';
import type { RegisterQuery } from '../../api/generated/operations.ts';
import { invalidate, registerQuery } from '../../api/queries.ts';
import { queryClient } from '../../api/query-client.ts';

export type Profile = RegisterQuery['register'][number];

const NO_PROFILES: Profile[] = [];

export function useProfiles(): Profile[] {
  return useQuery(registerQuery).data?.register ?? NO_PROFILES;
}

/** Puts a saved profile in the register at once (the refetch after the save confirms it). */
export function updateProfile(profile: Profile): void {
  queryClient.setQueryData(registerQuery.queryKey, (register) =>
    register
      ? { register: [...register.register.filter((entry) => entry.entity.id !== profile.entity.id), profile] }
      : register,
  );
}

/** Reads the engagement data again (after a conflict, to see their version). */
export function reloadEngagement(): void {
  void invalidate(['engagement']);
}
