/**
 * Personal data rights: export everything held about a person (subject access) and erase their
 * personal data (contact details, engagement notes, their place in interactions and briefs, who
 * watches them, their names in notes, briefs and the audit log). Both are audited without personal
 * data. docs/security.md ("Personal data") says what each record does.
 */
import type { Executor, QueryRunner } from './executor.ts';
import { InputError, NotFoundError } from '../../core/errors.ts';
import { recordChange } from './audit.ts';
import type { Actor, EntityRow } from './types.ts';

async function namesOf(tx: QueryRunner, personId: string): Promise<{ person: EntityRow; names: string[] }> {
  const [row] = await tx.run<{ entity: EntityRow }>('entities/get-entities', { ids: [personId] });
  if (!row) throw new NotFoundError('person', personId);
  if (row.entity.kind !== 'PERSON') throw new InputError('personId', `"${personId}" is not a person`);
  const names = [row.entity.name, ...row.entity.aliases.map((alias) => alias.name)].filter((name) => name.length >= 3);
  return { person: row.entity, names: [...new Set(names)] };
}

export async function exportPersonalData(executor: Executor, personId: string, actor: Actor): Promise<string> {
  return executor.writeTransaction(async (tx) => {
    const { names } = await namesOf(tx, personId);
    const [row] = await tx.run<{ data: Record<string, unknown> }>('privacy/collect-person', { personId, names });
    await recordChange(tx, {
      actor,
      action: 'exportPersonalData',
      targetId: personId,
      entityIds: [personId],
      before: null,
      after: { exported: Object.keys(row?.data ?? {}) },
    });
    return JSON.stringify({ personId, exportedAt: new Date().toISOString(), ...row?.data }, null, 2);
  });
}

/**
 * Everything held about a user (someone who signs in to the atlas) as JSON: the account, sessions
 * and tokens (never their hashes), watches and inbox mark, follow-ups owned, records written and
 * changes made. Audited as a privacy action (admins read it), without the data itself.
 */
export async function exportUserData(executor: Executor, userId: string, actor: Actor): Promise<string> {
  return executor.writeTransaction(async (tx) => {
    const [row] = await tx.run<{ data: Record<string, unknown> }>('privacy/collect-user', { userId });
    if (!row) throw new NotFoundError('user', userId);
    await recordChange(tx, {
      actor,
      action: 'exportUserData',
      targetId: userId,
      entityIds: [],
      before: null,
      after: { exported: Object.keys(row.data) },
    });
    return JSON.stringify({ userId, exportedAt: new Date().toISOString(), ...row.data }, null, 2);
  });
}

export interface ErasureReport {
  personId: string;
  deletedRecords: number;
  redactedInteractions: number;
  redactedProfiles: number;
  redactedBriefs: number;
  deletedWatches: number;
  redactedAuditEntries: number;
}

export async function erasePersonalData(
  executor: Executor,
  personId: string,
  reason: string,
  actor: Actor,
): Promise<ErasureReport> {
  if (reason.trim() === '') throw new InputError('reason', 'must say why (e.g. the request reference)');
  return executor.writeTransaction(async (tx) => {
    const { names } = await namesOf(tx, personId);
    const [held] = await tx.run<{ data: { contact: { email?: string; phone?: string }[] } }>('privacy/collect-person', {
      personId,
      names,
    });
    const contactValues = (held?.data.contact ?? []).flatMap((contact) => [contact.email, contact.phone]);
    const secrets = [...names, ...contactValues].filter((value): value is string => Boolean(value));
    const [deleted] = await tx.run<{ deleted: number }>('privacy/delete-contact-and-profile', { personId });
    const [interactions] = await tx.run<{ redacted: number }>('privacy/redact-interactions', { personId, secrets });
    const [profiles] = await tx.run<{ redacted: number }>('privacy/redact-profiles', { secrets });
    const now = new Date().toISOString();
    const [briefs] = await tx.run<{ redacted: number }>('privacy/redact-briefs', { personId, secrets, actor, now });
    const [watches] = await tx.run<{ deleted: number }>('privacy/delete-watches', { personId });
    const [audit] = await tx.run<{ redacted: number }>('privacy/redact-audit', { secrets });
    const report: ErasureReport = {
      personId,
      deletedRecords: deleted?.deleted ?? 0,
      redactedInteractions: interactions?.redacted ?? 0,
      redactedProfiles: profiles?.redacted ?? 0,
      redactedBriefs: briefs?.redacted ?? 0,
      deletedWatches: watches?.deleted ?? 0,
      redactedAuditEntries: audit?.redacted ?? 0,
    };
    // The erasure's own entry says what was done, never what was erased.
    await recordChange(tx, {
      actor,
      action: 'erasePersonalData',
      targetId: personId,
      entityIds: [personId],
      before: null,
      after: { ...report, reason: secrets.reduce((text, secret) => text.replaceAll(secret, '[erased]'), reason) },
    });
    return report;
  });
}
