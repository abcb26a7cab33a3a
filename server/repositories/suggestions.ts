/**
 * The evidence suggested positions rest on (core/engagement-suggestions.ts): per stakeholder, the
 * days of its interactions and the programmes it is linked to on the day; and the topics the
 * register tracks. Power comes from the influence snapshot, which the caller holds.
 */
import type { NamedProgramme } from '../../core/engagement-suggestions.ts';
import { InputError } from '../../core/errors.ts';
import { listRegister } from './engagement.ts';
import type { Executor } from './executor.ts';
import type { GraphFilter } from './types.ts';

/** How many stakeholders one request may ask about (a national view is paged by the client). */
export const MAX_SUGGESTIONS = 2_000;

export type SuggestionEvidence = {
  entityId: string;
  interactionDates: string[];
  programmes: NamedProgramme[];
};

/**
 * Evidence for each live entity asked for, in the order asked; retired ones are left out (they have
 * left the view), an id that names nothing is refused.
 */
export async function listSuggestionEvidence(
  executor: Executor,
  ids: readonly string[],
  filter: GraphFilter,
): Promise<SuggestionEvidence[]> {
  if (ids.length > MAX_SUGGESTIONS) {
    throw new InputError('ids', `must name at most ${MAX_SUGGESTIONS.toLocaleString('en-GB')} stakeholders`);
  }
  const unique = [...new Set(ids)];
  const rows = await executor.read<SuggestionEvidence & { retired: boolean }>('engagement/list-suggestion-evidence', {
    ids: unique,
    ...filter,
  });
  const byId = new Map(rows.map((row) => [row.entityId, row]));
  const missing = ids.findIndex((id) => !byId.has(id));
  if (missing >= 0) throw new InputError(`ids.${missing}`, `no entity with id "${ids[missing]}"`);
  return unique.flatMap((id) => {
    const { retired, ...evidence } = byId.get(id)!;
    return retired ? [] : [evidence];
  });
}

/** Every topic some profile in the register names, once each (first spelling kept), in order of first use. */
export async function listTrackedTopics(executor: Executor): Promise<string[]> {
  const topics = new Map<string, string>();
  for (const row of await listRegister(executor)) {
    for (const topic of row.profile.topics ?? []) {
      const key = topic.trim().toLowerCase();
      if (key && !topics.has(key)) topics.set(key, topic.trim());
    }
  }
  return [...topics.values()];
}
