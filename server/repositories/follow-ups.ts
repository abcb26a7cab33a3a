/**
 * Follow-ups: what an interaction leaves to do, who owns it (a user who can edit) and by when;
 * closed with a note. The overdue rule is core/engagement-health.ts (followUpOverdue).
 */
import { randomUUID } from 'node:crypto';
import type { Executor } from './executor.ts';
import type { Actor } from './types.ts';
import type { FollowUpInput } from '../../core/engagement.ts';
import { note as noteSchema } from '../../core/engagement.ts';
import { InputError, NotFoundError } from '../../core/errors.ts';
import { recordChange } from './audit.ts';
import { parseInput } from './validation.ts';

export interface FollowUpRow {
  id: string;
  interactionId: string;
  what: string;
  due: string;
  /** The owner's user id; null when unassigned (logged with a shared token). */
  ownerId: string | null;
  ownerName: string | null;
  status: 'open' | 'closed';
  version: number;
  createdAt: string;
  createdBy: string;
  closedAt?: string | null;
  closedBy?: string | null;
  closingNote?: string | null;
}

export interface Assignee {
  id: string;
  name: string;
  role: string;
}

/** Editors and admins: the users who can own follow-ups. */
export async function listAssignees(executor: Executor): Promise<Assignee[]> {
  return (await executor.read<{ user: Assignee }>('users/list-assignees')).map((row) => row.user);
}

/**
 * The follow-ups to store, with their owners checked: a named owner must be an editor or admin
 * (viewers cannot see follow-ups); none named is the author, or unassigned for shared tokens.
 */
export async function followUpRows(
  executor: Executor,
  inputs: FollowUpInput[],
  actor: Actor,
): Promise<{ id: string; what: string; due: string; ownerId: string | null; ownerName: string | null }[]> {
  const ownerIds = [...new Set(inputs.flatMap((input) => (input.ownerId ? [input.ownerId] : [])))];
  const users = ownerIds.length
    ? (await executor.read<{ user: Assignee }>('users/get-users', { ids: ownerIds })).map((row) => row.user)
    : [];
  return inputs.map((input, index) => {
    const owner = input.ownerId ? users.find((user) => user.id === input.ownerId) : null;
    if (input.ownerId && !owner) {
      throw new InputError(`input.followUps.${index}.ownerId`, `no user with id "${input.ownerId}"`);
    }
    if (owner && owner.role === 'viewer') {
      throw new InputError(
        `input.followUps.${index}.ownerId`,
        `${owner.name} is a viewer and could not see the follow-up (owners must be editors or admins)`,
      );
    }
    return {
      id: `follow-up:${randomUUID()}`,
      what: input.what,
      due: input.due,
      ownerId: owner?.id ?? actor.id,
      ownerName: owner?.name ?? (actor.id ? actor.name : null),
    };
  });
}

/** Open follow-ups, soonest due first: every one, or one owner's. */
export async function listOpenFollowUps(executor: Executor, ownerId: string | null): Promise<FollowUpRow[]> {
  const rows =
    ownerId === null
      ? await executor.read<{ followUp: FollowUpRow }>('follow-ups/list-open')
      : await executor.read<{ followUp: FollowUpRow }>('follow-ups/list-for-owner', { ownerId });
  return rows.map((row) => row.followUp);
}

/** Closes an open follow-up with a note saying what was done; audited against its interaction's participants. */
export async function closeFollowUp(executor: Executor, id: string, note: string, actor: Actor): Promise<FollowUpRow> {
  const closingNote = parseInput(noteSchema, note, 'note');
  return executor.writeTransaction(async (tx) => {
    const [row] = await tx.run<{ followUp: FollowUpRow; participants: string[] }>('follow-ups/lock-follow-up', { id });
    if (!row) throw new NotFoundError('follow-up', id);
    if (row.followUp.status === 'closed') {
      throw new InputError(
        'id',
        `was already closed on ${row.followUp.closedAt?.slice(0, 10)} by ${row.followUp.closedBy}`,
      );
    }
    const now = new Date().toISOString();
    const [closed] = await tx.run<{ followUp: FollowUpRow }>('follow-ups/close-follow-up', {
      id,
      note: closingNote,
      actor,
      now,
    });
    await recordChange(tx, {
      actor,
      action: 'closeFollowUp',
      targetId: id,
      entityIds: row.participants,
      before: { status: 'open' },
      after: { status: 'closed', closingNote },
    });
    return closed!.followUp;
  });
}
