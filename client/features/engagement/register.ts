/** The stakeholder register (editors' engagement profiles), read through the query that also tells the session the role. */
import { useQuery } from '@tanstack/react-query';
import { RegisterDocument, type RegisterQuery } from '../../api/generated/operations.ts';
import { invalidate, operationQuery } from '../../api/queries.ts';
import { queryClient } from '../../api/query-client.ts';
import { useToday } from './today.ts';

export type Profile = RegisterQuery['register'][number];

const NO_PROFILES: Profile[] = [];

/** The register with health counted from the engagement views' "today" (today.ts). */
export function useProfiles(): Profile[] {
  const { today } = useToday();
  return useQuery(operationQuery(RegisterDocument, { today })).data?.register ?? NO_PROFILES;
}

/** Puts a saved profile in every register read at once (the refetch after the save confirms it). */
export function updateProfile(profile: Profile): void {
  queryClient.setQueriesData<RegisterQuery>({ queryKey: ['Register'] }, (register) =>
    register
      ? { register: [...register.register.filter((entry) => entry.entity.id !== profile.entity.id), profile] }
      : register,
  );
}

/** Reads the engagement data again (after a conflict, to see their version). */
export function reloadEngagement(): void {
  void invalidate(['engagement']);
}
