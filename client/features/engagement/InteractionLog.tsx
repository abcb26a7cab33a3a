/** The engagement log: log a meeting, call, e-mail or event, and the stakeholder's timeline, newest first. */
import { useState, type FormEvent } from 'react';
import { LogInteractionDocument, type InteractionKind } from '../../api/generated/operations.ts';
import { mutate } from '../../api/queries.ts';
import { ApiError } from '../../api/request.ts';
import { rememberName } from '../../state/store.ts';
import { useNameOf } from '../../state/hooks.ts';
import { EntityCombobox } from '../../ui/EntityCombobox.tsx';
import { FieldError, FormError, invalidProps } from '../../ui/FieldError.tsx';
import { fieldErrors, type FieldErrors } from '../../ui/form-errors.ts';
import type { EntityEngagement } from './entity-engagement.ts';
import { FollowUpItem, FollowUpRows, type FollowUpDraft } from './FollowUps.tsx';
import { realToday } from './today.ts';

type Interaction = EntityEngagement['interactions'][number];

const KINDS: { kind: InteractionKind; label: string }[] = [
  { kind: 'MEETING', label: 'Meeting' },
  { kind: 'CALL', label: 'Call' },
  { kind: 'EMAIL', label: 'E-mail' },
  { kind: 'EVENT', label: 'Event' },
];
const KIND_WORDS = Object.fromEntries(KINDS.map(({ kind, label }) => [kind, label])) as Record<InteractionKind, string>;
const FORM = 'interaction';
const FIELDS = ['kind', 'date', 'participants', 'summary', 'outcome', 'followUps'];

/** Newest first, then most recently logged first. */
export function newestFirst<T extends { date: string; createdAt: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

export function LogInteractionForm({ entity }: { entity: { id: string; name: string } }) {
  const [kind, setKind] = useState<InteractionKind>('MEETING');
  const [date, setDate] = useState(realToday);
  const [participants, setParticipants] = useState<string[]>([entity.id]);
  const [summary, setSummary] = useState('');
  const [outcome, setOutcome] = useState('');
  const [followUps, setFollowUps] = useState<FollowUpDraft[]>([]);
  const { log, errors, saving } = useLogInteraction();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!(await log({ kind, date, participants, summary, outcome, followUps }))) return;
    setSummary('');
    setOutcome('');
    setFollowUps([]);
  }

  return (
    <form className="interaction-form" onSubmit={onSubmit} data-testid="interaction-form" noValidate>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Kind</span>
          <select value={kind} onChange={(event) => setKind(event.target.value as InteractionKind)}>
            {KINDS.map((option) => (
              <option key={option.kind} value={option.kind}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Date</span>
          <input
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
            {...invalidProps(errors, FORM, 'date')}
          />
          <FieldError errors={errors} form={FORM} field="date" />
        </label>
      </div>
      <ParticipantsField entity={entity} participants={participants} onChange={setParticipants} errors={errors} />
      <label className="field">
        <span className="field-label">Summary</span>
        <textarea
          rows={2}
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
          {...invalidProps(errors, FORM, 'summary')}
        />
        <FieldError errors={errors} form={FORM} field="summary" />
      </label>
      <label className="field">
        <span className="field-label">Outcome</span>
        <input
          value={outcome}
          onChange={(event) => setOutcome(event.target.value)}
          {...invalidProps(errors, FORM, 'outcome')}
        />
        <FieldError errors={errors} form={FORM} field="outcome" />
      </label>
      <FollowUpRows rows={followUps} onChange={setFollowUps} errors={errors} form={FORM} />
      <FormError
        errors={errors}
        shown={[
          ...FIELDS,
          ...followUps.flatMap((_, index) => ['what', 'due', 'ownerId'].map((key) => `followUps.${index}.${key}`)),
        ]}
      />
      <div className="action-row">
        <button type="submit" className="primary" disabled={saving || participants.length === 0}>
          {saving ? 'Logging…' : 'Log interaction'}
        </button>
      </div>
    </form>
  );
}

interface InteractionDraft {
  kind: InteractionKind;
  date: string;
  participants: string[];
  summary: string;
  outcome: string;
  followUps: FollowUpDraft[];
}

/** Logs an interaction with logInteraction; true when it was logged. */
function useLogInteraction() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  async function log(draft: InteractionDraft): Promise<boolean> {
    setSaving(true);
    setErrors({});
    try {
      await mutate(LogInteractionDocument, { input: interactionInput(draft) }, ['engagement']);
      return true;
    } catch (error) {
      const found = error instanceof ApiError ? fieldErrors(error) : { '': (error as Error).message };
      // "participants.1" belongs next to the participants.
      setErrors(
        Object.fromEntries(
          Object.entries(found).map(([field, message]) => [
            field.replace(/^participants\.\d+$/, 'participants'),
            message,
          ]),
        ),
      );
      return false;
    } finally {
      setSaving(false);
    }
  }

  return { log, errors, saving };
}

function interactionInput({ kind, date, participants, summary, outcome, followUps }: InteractionDraft) {
  return {
    kind,
    date,
    participants,
    summary: summary.trim(),
    outcome: outcome.trim() || null,
    followUps: followUps.map((followUp) => ({
      what: followUp.what.trim(),
      due: followUp.due,
      ownerId: followUp.ownerId || null,
    })),
  };
}

/** Who took part: the stakeholder first, more added by search, each removable. */
function ParticipantsField({
  entity,
  participants,
  onChange,
  errors,
}: {
  entity: { id: string; name: string };
  participants: string[];
  onChange: (update: (list: string[]) => string[]) => void;
  errors: FieldErrors;
}) {
  const nameOf = useNameOf();
  return (
    <div className="field">
      <EntityCombobox
        label="Add a participant"
        placeholder="Search a stakeholder…"
        onChoose={(hit) => {
          rememberName(hit);
          onChange((list) => (list.includes(hit.id) ? list : [...list, hit.id]));
        }}
      />
      <ul className="chips" aria-label="Participants">
        {participants.map((id) => (
          <li key={id} className="chip">
            {id === entity.id ? entity.name : nameOf(id)}
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove participant ${id === entity.id ? entity.name : nameOf(id)}`}
              onClick={() => onChange((list) => list.filter((item) => item !== id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <FieldError errors={errors} form={FORM} field="participants" />
    </div>
  );
}

export function Timeline({ interactions, selfId }: { interactions: readonly Interaction[]; selfId: string }) {
  if (interactions.length === 0) return <p className="empty">No interactions logged yet.</p>;
  return (
    <ol className="timeline" aria-label="Interactions, newest first" data-testid="timeline">
      {newestFirst(interactions).map((interaction) => (
        <li key={interaction.id} className="timeline-item">
          <p className="timeline-when">
            <time dateTime={interaction.date}>{interaction.date}</time> · {KIND_WORDS[interaction.kind]}
            {interaction.participants.length > 1 && (
              <>
                {' '}
                with{' '}
                {interaction.participants
                  .filter((participant) => participant.id !== selfId)
                  .map((participant) => participant.name)
                  .join(', ')}
              </>
            )}
          </p>
          <p className="timeline-summary">{interaction.summary}</p>
          {interaction.outcome && <p className="muted">Outcome: {interaction.outcome}</p>}
          <p className="muted" data-testid="logged-by">
            Logged by {interaction.createdBy} on{' '}
            <time dateTime={interaction.createdAt}>{interaction.createdAt.slice(0, 10)}</time>
          </p>
          {interaction.followUps.length > 0 && (
            <ul className="follow-ups" aria-label="Follow-ups">
              {interaction.followUps.map((followUp) => (
                <FollowUpItem key={followUp.id} followUp={followUp} />
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
