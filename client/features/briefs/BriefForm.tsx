/**
 * Writing a brief (editors and admins): the meeting's title and day, the stakeholders met, who "we"
 * are for introduction routes, our objectives and lines to take. New or edited, the API validates;
 * its errors show beside their fields.
 */
import { useState, type FormEvent } from 'react';
import { CreateBriefDocument, UpdateBriefDocument, type BriefFieldsFragment } from '../../api/generated/operations.ts';
import { mutate } from '../../api/queries.ts';
import { ApiError } from '../../api/request.ts';
import { useNameOf } from '../../state/hooks.ts';
import { FieldError, FormError, invalidProps } from '../../ui/FieldError.tsx';
import { fieldErrors, type FieldErrors } from '../../ui/form-errors.ts';
import { AvoidPicker, StakeholderPicker } from '../../ui/StakeholderPicker.tsx';

const FORM = 'brief';
const today = () => new Date().toISOString().slice(0, 10);

interface BriefInput {
  title: string;
  meetingDate: string;
  stakeholderIds: string[];
  fromId: string | null;
  objectives: string;
  linesToTake: string;
}

export function BriefForm({
  brief,
  onSaved,
  onCancel,
}: {
  /** The brief to edit; none for a new one. */
  brief?: BriefFieldsFragment;
  onSaved: (id: string) => void;
  onCancel?: () => void;
}) {
  const [title, setTitle] = useState(brief?.title ?? '');
  const [meetingDate, setMeetingDate] = useState(brief?.meetingDate ?? today());
  const [stakeholderIds, setStakeholderIds] = useState<string[]>(brief?.stakeholders.map((s) => s.id) ?? []);
  const [fromId, setFromId] = useState<string | null>(brief?.from?.id ?? null);
  const [objectives, setObjectives] = useState(brief?.objectives ?? '');
  const [linesToTake, setLinesToTake] = useState(brief?.linesToTake ?? '');
  const { save, errors, busy } = useSaveBrief(brief, onSaved);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save({ title, meetingDate, stakeholderIds, fromId, objectives, linesToTake });
  }

  const shown = ['title', 'meetingDate', 'stakeholderIds', 'fromId', 'objectives', 'linesToTake'];
  const stakeholderError = Object.keys(errors).find((field) => field.startsWith('stakeholderIds'));
  return (
    <form className="brief-form" aria-label={brief ? 'Edit the brief' : 'New brief'} onSubmit={onSubmit}>
      <label className="field">
        <span className="field-label">Meeting</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} {...invalidProps(errors, FORM, 'title')} />
        <FieldError errors={errors} form={FORM} field="title" />
      </label>
      <label className="field">
        <span className="field-label">Meeting day</span>
        <input
          type="date"
          value={meetingDate}
          onChange={(e) => setMeetingDate(e.target.value)}
          {...invalidProps(errors, FORM, 'meetingDate')}
        />
        <FieldError errors={errors} form={FORM} field="meetingDate" />
      </label>
      <StakeholdersMet ids={stakeholderIds} onChange={setStakeholderIds} />
      {stakeholderError && <FieldError errors={errors} form={FORM} field={stakeholderError} />}
      <StakeholderPicker label="From (us), for introduction routes" value={fromId} onChange={setFromId} />
      <FieldError errors={errors} form={FORM} field="fromId" />
      <BriefText
        label="Our objectives"
        field="objectives"
        value={objectives}
        onChange={setObjectives}
        errors={errors}
      />
      <BriefText
        label="Lines to take"
        field="linesToTake"
        value={linesToTake}
        onChange={setLinesToTake}
        errors={errors}
      />
      <FormError errors={errors} shown={[...shown, ...(stakeholderError ? [stakeholderError] : [])]} />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {brief ? 'Save the brief' : 'Write the brief'}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

/** Creates the brief, or updates it at the version read; the API's errors by field. */
function useSaveBrief(brief: BriefFieldsFragment | undefined, onSaved: (id: string) => void) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function save(input: BriefInput) {
    setBusy(true);
    setErrors({});
    try {
      const id = brief
        ? (await mutate(UpdateBriefDocument, { id: brief.id, expectedVersion: brief.version, input }, ['briefs']))
            .updateBrief.id
        : (await mutate(CreateBriefDocument, { input }, ['briefs'])).createBrief.id;
      onSaved(id);
    } catch (error) {
      setErrors(error instanceof ApiError ? fieldErrors(error) : { '': (error as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return { save, errors, busy };
}

function StakeholdersMet({
  ids,
  onChange,
}: {
  ids: string[];
  onChange: (update: (ids: string[]) => string[]) => void;
}) {
  const nameOf = useNameOf();
  return (
    <AvoidPicker
      label="Stakeholders met"
      avoid={ids}
      onAdd={(id) => onChange((list) => (list.includes(id) ? list : [...list, id]))}
      onRemove={(id) => onChange((list) => list.filter((other) => other !== id))}
      placeholder="Add a stakeholder…"
      listLabel="Stakeholders met"
      removeLabel={(id) => `Remove ${nameOf(id)}`}
    />
  );
}

function BriefText({
  label,
  field,
  value,
  onChange,
  errors,
}: {
  label: string;
  field: string;
  value: string;
  onChange: (value: string) => void;
  errors: FieldErrors;
}) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <textarea
        rows={3}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...invalidProps(errors, FORM, field)}
      />
      <FieldError errors={errors} form={FORM} field={field} />
    </label>
  );
}
