/** The engagement log: interactions between our organisation and stakeholders. */
import { randomUUID } from 'node:crypto';
import type { Executor } from './executor.ts';
import type { Actor } from './types.ts';
import { interactionSchema, type Interaction } from '../../core/engagement.ts';
import { InputError } from '../../core/errors.ts';
import { recordChange } from './audit.ts';
import { followUpRows, type FollowUpRow } from './follow-ups.ts';
import { parseInput, withoutNulls } from './validation.ts';

export interface InteractionRow extends Omit<Interaction, 'outcome' | 'followUps'> {
  id: string;
  outcome?: string | null;
  followUps: FollowUpRow[];
  participants: string[];
  version: number;
  createdAt: string;
  createdBy: string;
  /** The user's id; null for shared tokens and the local user. */
  createdById?: string | null;
}

export type InteractionInput = { [K in keyof Interaction]?: Interaction[K] | null };

/**
 * Logs an interaction with its follow-ups and answers it as stored. Its five queries go to Neo4j
 * together, in order, in one transaction (one round trip instead of five, which under load is most
 * of a write's time); a participant that is missing or retired then throws, and the whole
 * transaction rolls back. Follow-up owners are checked first (a read), and default to the author.
 */
export async function logInteraction(
  executor: Executor,
  input: InteractionInput,
  actor: Actor,
): Promise<InteractionRow> {
  const interaction = parseInput(interactionSchema, withoutNulls(input), 'input');
  const participants = [...new Set(interaction.participants)];
  const id = `interaction:${randomUUID()}`;
  const { participants: _participants, followUps: followUpInputs, ...properties } = interaction;
  const followUps = await followUpRows(executor, followUpInputs, actor);
  const now = new Date().toISOString();
  return executor.writeTransaction(async (tx) => {
    const [found, , , , [stored]] = await Promise.all([
      tx.run<{ id: string; retired: boolean }>('entities/find-ids', { ids: participants }),
      tx.run('interactions/create-interaction', {
        id,
        properties: { ...properties, outcome: properties.outcome ?? null },
        participants,
        actor,
      }),
      tx.run('follow-ups/create-follow-ups', { id, followUps, actor, now }),
      recordChange(tx, {
        actor,
        action: 'logInteraction',
        targetId: id,
        entityIds: participants,
        before: null,
        after: { ...interaction, followUps },
      }),
      tx.run<{ interaction: InteractionRow }>('interactions/get-interactions', { ids: [id] }),
    ]);
    participants.forEach((participant, index) => {
      const row = found.find((candidate) => candidate.id === participant);
      if (!row) throw new InputError(`input.participants.${index}`, `no entity with id "${participant}"`);
      if (row.retired) throw new InputError(`input.participants.${index}`, `"${participant}" is retired`);
    });
    return stored!.interaction;
  });
}

export async function listInteractions(executor: Executor, entityId: string, first: number): Promise<InteractionRow[]> {
  if (!Number.isInteger(first) || first < 1 || first > 200) throw new InputError('first', 'must be from 1 to 200');
  return (
    await executor.read<{ interaction: InteractionRow }>('interactions/list-for-entity', { entityId, first })
  ).map((row) => row.interaction);
}

/** Interactions with two or more participants between two days (inclusive), as YYYY-MM-DD. */
export async function listInteractionsBetween(
  executor: Executor,
  since: string,
  until: string,
): Promise<InteractionRow[]> {
  return (await executor.read<{ interaction: InteractionRow }>('interactions/list-since', { since, until })).map(
    (row) => row.interaction,
  );
}

/** Interactions by id, in the order asked, null where none (for DataLoader). */
export async function getInteractions(executor: Executor, ids: readonly string[]): Promise<(InteractionRow | null)[]> {
  const rows = await executor.read<{ interaction: InteractionRow }>('interactions/get-interactions', { ids });
  const byId = new Map(rows.map((row) => [row.interaction.id, row.interaction]));
  return ids.map((id) => byId.get(id) ?? null);
}
