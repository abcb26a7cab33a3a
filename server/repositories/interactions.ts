/** The engagement log: interactions between our organisation and stakeholders. */
import { randomUUID } from 'node:crypto';
import type { Executor } from './executor.ts';
import type { Actor } from './types.ts';
import { interactionSchema, type Interaction } from '../../core/engagement.ts';
import { InputError } from '../../core/errors.ts';
import { recordChange } from './audit.ts';
import { parseInput, withoutNulls } from './validation.ts';

export interface InteractionRow extends Omit<Interaction, 'outcome'> {
  id: string;
  outcome?: string | null;
  participants: string[];
  version: number;
  createdAt: string;
  createdBy: string;
  /** The user's id; null for shared tokens and the local user. */
  createdById?: string | null;
}

export type InteractionInput = { [K in keyof Interaction]?: Interaction[K] | null };

export async function logInteraction(executor: Executor, input: InteractionInput, actor: Actor): Promise<string> {
  const interaction = parseInput(interactionSchema, withoutNulls(input), 'input');
  const participants = [...new Set(interaction.participants)];
  return executor.writeTransaction(async (tx) => {
    const found = await tx.run<{ id: string; retired: boolean }>('entities/find-ids', { ids: participants });
    participants.forEach((id, index) => {
      const row = found.find((candidate) => candidate.id === id);
      if (!row) throw new InputError(`input.participants.${index}`, `no entity with id "${id}"`);
      if (row.retired) throw new InputError(`input.participants.${index}`, `"${id}" is retired`);
    });
    const id = `interaction:${randomUUID()}`;
    const { participants: _participants, ...properties } = interaction;
    await tx.run('interactions/create-interaction', {
      id,
      properties: { ...properties, outcome: properties.outcome ?? null },
      participants,
      actor,
    });
    await recordChange(tx, {
      actor,
      action: 'logInteraction',
      targetId: id,
      entityIds: participants,
      before: null,
      after: interaction,
    });
    return id;
  });
}

export async function getInteractions(executor: Executor, ids: readonly string[]): Promise<InteractionRow[]> {
  return (await executor.read<{ interaction: InteractionRow }>('interactions/get-interactions', { ids })).map(
    (row) => row.interaction,
  );
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
