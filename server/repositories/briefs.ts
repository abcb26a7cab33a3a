/**
 * Briefing packs as users write them (:Brief nodes): the meeting, its stakeholders, who "we" are,
 * our objectives and lines to take. Writes validate with core/briefs/input.ts, lock, check the
 * version and record their audit entry in the same transaction; a PDF download is audited too.
 */
import { randomUUID } from 'node:crypto';
import type { Executor, QueryRunner } from './executor.ts';
import type { Actor } from './types.ts';
import { briefInputSchema, type BriefInput } from '../../core/briefs/input.ts';
import { ConflictError, InputError, NotFoundError } from '../../core/errors.ts';
import { recordChange } from './audit.ts';
import { parseInput, withoutNulls } from './validation.ts';

export interface BriefRow extends Omit<BriefInput, 'fromId'> {
  id: string;
  fromId?: string | null;
  version: number;
  createdAt: string;
  createdBy: string;
  createdById?: string | null;
  updatedAt: string;
  updatedBy: string;
  updatedById?: string | null;
}

export type BriefInputValues = { [K in keyof BriefInput]?: BriefInput[K] | null };

/** The most briefs one list answers. */
export const MAX_BRIEFS = 200;

export async function getBriefs(executor: Executor, ids: readonly string[]): Promise<(BriefRow | null)[]> {
  const rows = await executor.read<{ brief: BriefRow }>('briefs/get-briefs', { ids });
  const byId = new Map(rows.map((row) => [row.brief.id, row.brief]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function listBriefs(executor: Executor, first: number): Promise<BriefRow[]> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_BRIEFS) {
    throw new InputError('first', `must be from 1 to ${MAX_BRIEFS}`);
  }
  return (await executor.read<{ brief: BriefRow }>('briefs/list-briefs', { first })).map((row) => row.brief);
}

/** Every stakeholder and "from" must be an entity that is not retired. */
async function checkEntities(tx: QueryRunner, brief: BriefInput): Promise<void> {
  const ids = [...brief.stakeholderIds, ...(brief.fromId ? [brief.fromId] : [])];
  const found = await tx.run<{ id: string; retired: boolean }>('entities/find-ids', { ids });
  const problem = (id: string) => {
    const row = found.find((candidate) => candidate.id === id);
    return !row ? `no stakeholder with id "${id}"` : row.retired ? `"${id}" is retired` : null;
  };
  brief.stakeholderIds.forEach((id, index) => {
    const message = problem(id);
    if (message) throw new InputError(`input.stakeholderIds.${index}`, message);
  });
  const fromProblem = brief.fromId ? problem(brief.fromId) : null;
  if (fromProblem) throw new InputError('input.fromId', fromProblem);
}

const stored = (brief: BriefInput) => ({ ...brief, fromId: brief.fromId ?? null });

export async function createBrief(executor: Executor, input: BriefInputValues, actor: Actor): Promise<BriefRow> {
  const brief = parseInput(briefInputSchema, withoutNulls(input), 'input');
  const id = `brief:${randomUUID()}`;
  return executor.writeTransaction(async (tx) => {
    await checkEntities(tx, brief);
    const [row] = await tx.run<{ brief: BriefRow }>('briefs/create-brief', {
      id,
      properties: stored(brief),
      actor,
      now: new Date().toISOString(),
    });
    await recordChange(tx, {
      actor,
      action: 'createBrief',
      targetId: id,
      entityIds: brief.stakeholderIds,
      before: null,
      after: brief,
    });
    return row!.brief;
  });
}

export async function updateBrief(
  executor: Executor,
  id: string,
  expectedVersion: number,
  input: BriefInputValues,
  actor: Actor,
): Promise<BriefRow> {
  const brief = parseInput(briefInputSchema, withoutNulls(input), 'input');
  return executor.writeTransaction(async (tx) => {
    const [current] = await tx.run<{ brief: BriefRow }>('briefs/lock-brief', { id });
    if (!current) throw new NotFoundError('brief', id);
    if (current.brief.version !== expectedVersion) {
      throw new ConflictError(id, expectedVersion, current.brief.version);
    }
    await checkEntities(tx, brief);
    const [row] = await tx.run<{ brief: BriefRow }>('briefs/update-brief', {
      id,
      properties: stored(brief),
      actor,
      now: new Date().toISOString(),
    });
    const { id: _id, version: _version, ...before } = current.brief;
    await recordChange(tx, {
      actor,
      action: 'updateBrief',
      targetId: id,
      entityIds: [...new Set([...before.stakeholderIds, ...brief.stakeholderIds])],
      before,
      after: brief,
    });
    return row!.brief;
  });
}

/** A brief's PDF was downloaded: audited as an export, with who and which version. */
export async function recordBriefExport(executor: Executor, brief: BriefRow, format: string, actor: Actor) {
  await executor.writeTransaction(async (tx) => {
    await recordChange(tx, {
      actor,
      action: 'exportBrief',
      targetId: brief.id,
      entityIds: brief.stakeholderIds,
      before: null,
      after: { format, title: brief.title, version: brief.version },
    });
  });
}
