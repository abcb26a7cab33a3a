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
  const nameOf = useNameOf();
  const [title, setTitle] = useState(brief?.title ?? '');
  const [meetingDate, setMeetingDate] = useState(brief?.meetingDate ?? today());
  const [stakeholderIds, setStakeholderIds] = useState<string[]>(brief?.stakeholders.map((s) => s.id) ?? []);
  const [fromId, setFromId] = useState<string | null>(brief?.from?.id ?? null);
  const [objectives, setObjectives] = useState(brief?.objectives ?? '');
  const [linesToTake, setLinesToTake] = useState(brief?.linesToTake ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    const input = { title, meetingDate, stakeholderIds, fromId, objectives, linesToTake };
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

  const shown = ['title', 'meetingDate', 'stakeholderIds', 'fromId', 'objectives', 'linesToTake'];
  const stakeholderError = Object.keys(errors).find((field) => field.startsWith('stakeholderIds'));
  return (
    <form className="brief-form" aria-label={brief ? 'Edit the brief' : 'New brief'} onSubmit={(e) => void save(e)}>
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
      <AvoidPicker
        label="Stakeholders met"
        avoid={stakeholderIds}
        onAdd={(id) => setStakeholderIds((ids) => (ids.includes(id) ? ids : [...ids, id]))}
        onRemove={(id) => setStakeholderIds((ids) => ids.filter((other) => other !== id))}
        placeholder="Add a stakeholder…"
        listLabel="Stakeholders met"
        removeLabel={(id) => `Remove ${nameOf(id)}`}
      />
      {stakeholderError && <FieldError errors={errors} form={FORM} field={stakeholderError} />}
      <StakeholderPicker label="From (us), for introduction routes" value={fromId} onChange={setFromId} />
      <FieldError errors={errors} form={FORM} field="fromId" />
      <label className="field">
        <span className="field-label">Our objectives</span>
        <textarea
          rows={3}
          value={objectives}
          onChange={(e) => setObjectives(e.target.value)}
          {...invalidProps(errors, FORM, 'objectives')}
        />
        <FieldError errors={errors} form={FORM} field="objectives" />
      </label>
      <label className="field">
        <span className="field-label">Lines to take</span>
        <textarea
          rows={3}
          value={linesToTake}
          onChange={(e) => setLinesToTake(e.target.value)}
          {...invalidProps(errors, FORM, 'linesToTake')}
        />
        <FieldError errors={errors} form={FORM} field="linesToTake" />
      </label>
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
