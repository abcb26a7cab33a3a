/**
 * A person's personal data: contact details (editors and admins; audited without their values), and
 * for admins the subject access export (JSON) and erasure after a confirmation naming the person.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  ErasePersonalDataDocument,
  PersonContactDocument,
  PersonalDataExportDocument,
  SetContactDetailsDocument,
} from '../../api/generated/operations.ts';
import { useQuery } from '@tanstack/react-query';
import { mutate, operationQuery } from '../../api/queries.ts';
import { ApiError, request } from '../../api/request.ts';
import { download } from '../../ui/download.ts';
import { ConflictDialog, isConflict, type Conflict } from '../../ui/ConflictDialog.tsx';
import { useSession } from '../../session/session.ts';
import { reloadEngagement } from './register.ts';
import { FieldError, FormError, invalidProps } from '../../ui/FieldError.tsx';
import { fieldErrors, type FieldErrors } from '../../ui/form-errors.ts';

const FORM = 'contact';

export function PersonalData({ person }: { person: { id: string; name: string } }) {
  const { isAdmin } = useSession();
  const contact = useContactDetails(person);
  const [confirming, setConfirming] = useState(false);

  async function exportData() {
    contact.setMessage('');
    try {
      const result = await request(PersonalDataExportDocument, { personId: person.id });
      download(
        result.personalDataExport,
        `personal-data-${person.id.replace(/[^a-z0-9-]/gi, '-')}.json`,
        'application/json',
      );
    } catch (error) {
      contact.setErrors({ '': (error as Error).message });
    }
  }

  return (
    <section className="details-section" aria-labelledby="personal-heading" data-testid="personal-data">
      <h3 id="personal-heading">Contact details</h3>
      <ContactForm contact={contact} />
      {isAdmin && (
        <div className="action-row admin-actions">
          <button type="button" onClick={() => void exportData()}>
            Download personal data (JSON)
          </button>
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Erase personal data…
          </button>
        </div>
      )}
      {confirming && (
        <EraseDialog
          person={person}
          onClose={() => setConfirming(false)}
          onErased={(text) => {
            setConfirming(false);
            contact.setMessage(text);
          }}
        />
      )}
      {contact.conflict && <ConflictDialog conflict={contact.conflict} onClose={contact.closeConflict} />}
    </section>
  );
}

/**
 * The person's contact details as the API holds them, the form's copy, and saving it at the version
 * read (a conflict opens the dialog that offers to reload).
 */
function useContactDetails(person: { id: string; name: string }) {
  const read = useQuery(operationQuery(PersonContactDocument, { id: person.id }));
  const entity = read.data?.entity;
  const contact = entity && 'contact' in entity ? entity.contact : null;
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const [conflict, setConflict] = useState<Conflict | null>(null);

  // What the API holds (read, saved or reloaded after a conflict) replaces the form.
  useEffect(() => {
    setEmail(contact?.email ?? '');
    setPhone(contact?.phone ?? '');
  }, [contact]);
  useEffect(() => {
    if (read.error) setErrors({ '': read.error.message });
  }, [read.error]);

  async function save() {
    setErrors({});
    setMessage('');
    try {
      await mutate(
        SetContactDetailsDocument,
        {
          personId: person.id,
          expectedVersion: contact?.version ?? 0,
          input: { email: email.trim() || null, phone: phone.trim() || null },
        },
        ['engagement'],
      );
      setMessage('Contact details saved.');
    } catch (error) {
      if (isConflict(error))
        setConflict({
          what: `${person.name}'s contact details`,
          message: (error as Error).message,
          reload: reloadEngagement,
        });
      else if (error instanceof ApiError) setErrors(fieldErrors(error));
      else setErrors({ '': (error as Error).message });
    }
  }

  const closeConflict = () => setConflict(null);
  return { email, setEmail, phone, setPhone, errors, setErrors, message, setMessage, conflict, closeConflict, save };
}

function ContactForm({ contact }: { contact: ReturnType<typeof useContactDetails> }) {
  const { email, setEmail, phone, setPhone, errors, message } = contact;
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void contact.save();
  }
  return (
    <form className="profile-editor" onSubmit={onSubmit} noValidate>
      <label className="field">
        <span className="field-label">E-mail</span>
        <input
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          {...invalidProps(errors, FORM, 'email')}
        />
        <FieldError errors={errors} form={FORM} field="email" />
      </label>
      <label className="field">
        <span className="field-label">Telephone</span>
        <input
          type="tel"
          value={phone}
          onChange={(event) => setPhone(event.target.value)}
          {...invalidProps(errors, FORM, 'phone')}
        />
        <FieldError errors={errors} form={FORM} field="phone" />
      </label>
      <FormError errors={errors} shown={['email', 'phone']} />
      <div className="action-row">
        <button type="submit" className="primary">
          Save contact details
        </button>
        <span role="status" className="muted">
          {message}
        </span>
      </div>
    </form>
  );
}

function EraseDialog({
  person,
  onClose,
  onErased,
}: {
  person: { id: string; name: string };
  onClose: () => void;
  onErased: (message: string) => void;
}) {
  const [reason, setReason] = useState('');
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  async function erase(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      const { erasePersonalData: report } = await mutate(
        ErasePersonalDataDocument,
        { personId: person.id, reason: reason.trim() },
        ['graph', 'engagement', 'briefs', 'inbox'],
      );
      onErased(
        `Erased: ${report.deletedRecords} records and ${report.deletedWatches} watches deleted, ${report.redactedInteractions} interactions, ${report.redactedProfiles} profiles, ${report.redactedBriefs} briefs and ${report.redactedAuditEntries} audit entries redacted.`,
      );
    } catch (caught) {
      setError((caught as Error).message);
      setBusy(false);
    }
  }

  return (
    <div className="modal-backdrop">
      <form
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="erase-title"
        data-testid="erase-dialog"
        onSubmit={(event) => void erase(event)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      >
        <h2 id="erase-title">Erase the personal data of {person.name}?</h2>
        <p>
          This deletes {person.name}’s contact details and engagement profile, takes them out of interactions and
          briefs, stops everyone watching them, and replaces their name with “[erased]” in notes, briefs and the audit
          log. It cannot be undone.
        </p>
        <label className="field">
          <span className="field-label">Reason (recorded in the audit log)</span>
          <input ref={first} value={reason} onChange={(event) => setReason(event.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">Type “{person.name}” to confirm</span>
          <input value={typed} onChange={(event) => setTyped(event.target.value)} />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="action-row">
          <button type="submit" className="danger" disabled={busy || !reason.trim() || typed.trim() !== person.name}>
            Erase {person.name}’s personal data
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
