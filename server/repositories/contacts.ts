/**
 * Contact details of people: stored apart from the public graph, shown only to editors and admins,
 * audited without their values.
 */
import type { Executor } from './executor.ts';
import type { Actor } from './types.ts';
import { contactSchema, type Contact } from '../../core/engagement.ts';
import { ConflictError, InputError, NotFoundError } from '../../core/errors.ts';
import { recordChange } from './audit.ts';
import { parseInput, withoutNulls } from './validation.ts';

export interface ContactRow extends Contact {
  version: number;
}

export async function getContacts(executor: Executor, personIds: readonly string[]): Promise<(ContactRow | null)[]> {
  const rows = await executor.read<{ personId: string; contact: ContactRow }>('contacts/get-contacts', {
    ids: personIds,
  });
  const byId = new Map(rows.map((row) => [row.personId, row.contact]));
  return personIds.map((id) => byId.get(id) ?? null);
}

/** Which fields are set, never their values: what the audit log keeps of a contact change. */
const presence = (contact: Partial<Contact> | null) => ({
  email: contact?.email ? '(set)' : '(not set)',
  phone: contact?.phone ? '(set)' : '(not set)',
});

export async function setContact(
  executor: Executor,
  personId: string,
  expectedVersion: number,
  input: { email?: string | null; phone?: string | null },
  actor: Actor,
): Promise<void> {
  const contact = parseInput(contactSchema, withoutNulls(input), 'input');
  await executor.writeTransaction(async (tx) => {
    const [row] = await tx.run<{ id: string; kind: string; contact: ContactRow | null }>('contacts/lock-contact', {
      personId,
    });
    if (!row) throw new NotFoundError('person', personId);
    if (row.kind !== 'PERSON') throw new InputError('personId', `"${personId}" is not a person`);
    const current = row.contact?.version ?? 0;
    if (current !== expectedVersion) throw new ConflictError(personId, expectedVersion, current);
    await tx.run('contacts/set-contact', {
      personId,
      email: contact.email ?? null,
      phone: contact.phone ?? null,
      actor,
    });
    await recordChange(tx, {
      actor,
      action: 'setContactDetails',
      targetId: personId,
      entityIds: [personId],
      before: presence(row.contact),
      after: presence(contact),
    });
  });
}
