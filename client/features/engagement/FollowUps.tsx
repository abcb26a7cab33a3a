/**
 * Follow-ups: the rows of the log form (what, due, owner), one follow-up with its close-with-a-note
 * form, and the Follow-ups panel (my follow-ups, everyone's, the overdue ones first) with the
 * "today" the engagement views count from.
 */
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  AssigneesDocument,
  CloseFollowUpDocument,
  FollowUpsDocument,
  type FollowUpFieldsFragment,
} from '../../api/generated/operations.ts';
import { mutate, operationQuery } from '../../api/queries.ts';
import { ApiError } from '../../api/request.ts';
import { useSession } from '../../session/session.ts';
import { dispatch } from '../../state/store.ts';
import { FieldError, invalidProps } from '../../ui/FieldError.tsx';
import { fieldErrors, type FieldErrors } from '../../ui/form-errors.ts';
import { addDays, followUpOverdue } from '../../../core/engagement-health.ts';
import { realToday, setToday, useToday } from './today.ts';

export interface FollowUpDraft {
  what: string;
  due: string;
  /** Empty: whoever logs the interaction. */
  ownerId: string;
}

const assigneesQuery = operationQuery(AssigneesDocument, {});

export function FollowUpRows({
  rows,
  onChange,
  errors,
  form,
}: {
  rows: FollowUpDraft[];
  onChange: (rows: FollowUpDraft[]) => void;
  errors: FieldErrors;
  form: string;
}) {
  const assignees = useQuery(assigneesQuery).data?.assignees ?? [];
  const { userId } = useSession();
  const change = (index: number, field: keyof FollowUpDraft, value: string) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, [field]: value } : row)));
  return (
    <fieldset className="follow-up-rows">
      <legend>Follow-ups</legend>
      {rows.map((row, index) => (
        <div key={index} className="follow-up-row" data-testid={`follow-up-row-${index}`}>
          <label className="field">
            <span className="field-label">What</span>
            <input
              value={row.what}
              onChange={(event) => change(index, 'what', event.target.value)}
              {...invalidProps(errors, form, `followUps.${index}.what`)}
            />
            <FieldError errors={errors} form={form} field={`followUps.${index}.what`} />
          </label>
          <div className="field-row">
            <label className="field">
              <span className="field-label">Due</span>
              <input
                type="date"
                value={row.due}
                onChange={(event) => change(index, 'due', event.target.value)}
                {...invalidProps(errors, form, `followUps.${index}.due`)}
              />
              <FieldError errors={errors} form={form} field={`followUps.${index}.due`} />
            </label>
            <label className="field">
              <span className="field-label">Owner</span>
              <select
                value={row.ownerId}
                onChange={(event) => change(index, 'ownerId', event.target.value)}
                {...invalidProps(errors, form, `followUps.${index}.ownerId`)}
              >
                <option value="">me</option>
                {assignees
                  .filter((assignee) => assignee.id !== userId)
                  .map((assignee) => (
                    <option key={assignee.id} value={assignee.id}>
                      {assignee.name}
                    </option>
                  ))}
              </select>
              <FieldError errors={errors} form={form} field={`followUps.${index}.ownerId`} />
            </label>
            <button
              type="button"
              className="link small"
              aria-label={`Remove follow-up ${index + 1}`}
              onClick={() => onChange(rows.filter((_, at) => at !== index))}
            >
              Remove
            </button>
          </div>
        </div>
      ))}
      <button
        type="button"
        className="small"
        onClick={() => onChange([...rows, { what: '', due: addDays(realToday(), 7), ownerId: '' }])}
      >
        Add a follow-up
      </button>
    </fieldset>
  );
}

type FollowUp = FollowUpFieldsFragment & {
  interaction?: { date: string; summary: string; participants: { id: string; name: string }[] };
};

export function FollowUpItem({ followUp, showInteraction = false }: { followUp: FollowUp; showInteraction?: boolean }) {
  const { today } = useToday();
  const [closing, setClosing] = useState(false);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const overdue = followUpOverdue(followUp, today);
  const form = `close-${followUp.id}`;

  async function onClose(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    try {
      await mutate(CloseFollowUpDocument, { id: followUp.id, note: note.trim() }, ['engagement']);
      setClosing(false);
    } catch (error) {
      setErrors(error instanceof ApiError ? fieldErrors(error) : { '': (error as Error).message });
    }
  }

  return (
    <li className={`follow-up${overdue ? ' overdue' : ''}`} data-testid="follow-up">
      <span className="follow-up-what">{followUp.what}</span>{' '}
      <span className="muted">
        · {followUp.owner?.name ?? 'unassigned'} · due <time dateTime={followUp.due}>{followUp.due}</time>
      </span>
      {overdue && <span className="badge overdue-badge"> Overdue</span>}
      {followUp.status === 'CLOSED' && (
        <span className="muted">
          {' '}
          · closed {followUp.closedAt?.slice(0, 10)} by {followUp.closedBy}: {followUp.closingNote}
        </span>
      )}
      {showInteraction && followUp.interaction && (
        <p className="muted small">
          From the {followUp.interaction.date} interaction with{' '}
          {followUp.interaction.participants.map((participant, index) => (
            <span key={participant.id}>
              {index > 0 && ', '}
              <button
                type="button"
                className="link"
                onClick={() => dispatch({ type: 'select', id: participant.id, focus: true })}
              >
                {participant.name}
              </button>
            </span>
          ))}
          : {followUp.interaction.summary}
        </p>
      )}
      {followUp.status === 'OPEN' && !closing && (
        <button type="button" className="link small" onClick={() => setClosing(true)}>
          Close…
        </button>
      )}
      {closing && (
        <form className="close-follow-up" onSubmit={onClose} noValidate>
          <label className="field">
            <span className="field-label">What was done</span>
            <input
              value={note}
              onChange={(event) => setNote(event.target.value)}
              {...invalidProps(errors, form, 'note')}
            />
            <FieldError errors={errors} form={form} field="note" />
          </label>
          {errors[''] && <p className="error">{errors['']}</p>}
          <div className="action-row">
            <button type="submit" className="primary small">
              Close follow-up
            </button>
            <button type="button" className="small" onClick={() => setClosing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}

/** The side panel: "today", my follow-ups or everyone's, overdue ones listed first. */
export function FollowUpsPanel() {
  const { today, moved } = useToday();
  const [mine, setMine] = useState(true);
  const answer = useQuery(operationQuery(FollowUpsDocument, { mine, today }));
  const followUps = answer.data?.followUps ?? [];
  const overdue = followUps.filter((followUp) => followUpOverdue(followUp, today));
  const upcoming = followUps.filter((followUp) => !followUpOverdue(followUp, today));
  return (
    <section className="follow-ups-panel" aria-labelledby="follow-ups-title" data-testid="follow-ups-panel">
      <h2 id="follow-ups-title">Follow-ups</h2>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Today</span>
          <input type="date" value={today} onChange={(event) => setToday(event.target.value || null)} />
        </label>
        {moved && (
          <button type="button" className="link small" onClick={() => setToday(null)}>
            Back to the real today
          </button>
        )}
      </div>
      <fieldset className="segmented">
        <legend className="visually-hidden">Whose follow-ups</legend>
        <label>
          <input type="radio" name="follow-up-owner" checked={mine} onChange={() => setMine(true)} /> Mine
        </label>
        <label>
          <input type="radio" name="follow-up-owner" checked={!mine} onChange={() => setMine(false)} /> Everyone’s
        </label>
      </fieldset>
      {answer.error && (
        <p className="error" role="alert">
          Could not load the follow-ups: {answer.error.message}
        </p>
      )}
      <h3 id="overdue-title">
        Overdue <span className="count">{overdue.length}</span>
      </h3>
      {overdue.length === 0 ? (
        <p className="empty">Nothing overdue on {today}.</p>
      ) : (
        <ul className="follow-ups" aria-labelledby="overdue-title" data-testid="overdue-follow-ups">
          {overdue.map((followUp) => (
            <FollowUpItem key={followUp.id} followUp={followUp} showInteraction />
          ))}
        </ul>
      )}
      <h3 id="open-title">
        Open <span className="count">{upcoming.length}</span>
      </h3>
      {upcoming.length === 0 ? (
        <p className="empty">{mine ? 'You have no other open follow-ups.' : 'No other open follow-ups.'}</p>
      ) : (
        <ul className="follow-ups" aria-labelledby="open-title" data-testid="open-follow-ups">
          {upcoming.map((followUp) => (
            <FollowUpItem key={followUp.id} followUp={followUp} showInteraction />
          ))}
        </ul>
      )}
    </section>
  );
}
