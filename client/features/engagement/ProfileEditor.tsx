/**
 * The selected stakeholder's engagement profile: owner, power (with the network's suggestion),
 * interest, stance, objectives, topics, next action and due date. Saved with setEngagement and the
 * version it was read at; input errors show next to their field, a conflict opens a dialog. The form's
 * parts are in ProfileFields.tsx.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { EngagementInput, Stance } from '../../api/generated/operations.ts';
import { SetEngagementDocument } from '../../api/generated/operations.ts';
import { mutate } from '../../api/queries.ts';
import { ApiError } from '../../api/request.ts';
import { ConflictDialog, actualVersion, isConflict, type Conflict } from '../../ui/ConflictDialog.tsx';
import { FieldError, FormError, invalidProps } from '../../ui/FieldError.tsx';
import { fieldErrors, type FieldErrors } from '../../ui/form-errors.ts';
import { QUADRANT_LABELS } from './grid.ts';
import type { EntityEngagement } from './entity-engagement.ts';
import { reloadEngagement, updateProfile } from './register.ts';
import {
  PlanFields,
  ScoreFields,
  SuggestedPower,
  PROFILE_FORM,
  type ProfileDraft,
  type ProfilePartProps,
} from './ProfileFields.tsx';

type Profile = NonNullable<EntityEngagement['engagement']>;

type Draft = ProfileDraft;

const FIELDS = [
  'owner',
  'power',
  'interest',
  'stance',
  'objectives',
  'topics',
  'nextAction',
  'nextActionDue',
  'cadenceDays',
];

function draftOf(profile: Profile | null): Draft {
  return {
    owner: profile?.owner ?? '',
    power: profile?.power ? String(profile.power) : '',
    interest: profile?.interest ? String(profile.interest) : '',
    stance: profile?.stance ?? '',
    objectives: profile?.objectives ?? '',
    topics: profile?.topics.join(', ') ?? '',
    nextAction: profile?.nextAction ?? '',
    nextActionDue: profile?.nextActionDue ?? '',
    cadenceDays: profile?.cadenceDays ? String(profile.cadenceDays) : '',
  };
}

/** The form as the API's input: empty text clears a field (null). */
export function inputOf(draft: Draft): EngagementInput {
  const text = (value: string) => (value.trim() ? value.trim() : null);
  return {
    owner: text(draft.owner),
    power: draft.power ? Number(draft.power) : null,
    interest: draft.interest ? Number(draft.interest) : null,
    stance: (draft.stance || null) as Stance | null,
    objectives: text(draft.objectives),
    topics: draft.topics
      .split(',')
      .map((topic) => topic.trim())
      .filter(Boolean),
    nextAction: text(draft.nextAction),
    nextActionDue: text(draft.nextActionDue),
    // Not a whole number: sent as is, so the API names the field.
    cadenceDays: draft.cadenceDays.trim() ? Number(draft.cadenceDays) : null,
  };
}

export function ProfileEditor({
  entity,
  suggested,
}: {
  entity: { id: string; name: string };
  suggested: EntityEngagement['engagement'];
}) {
  const profile = suggested;
  const [draft, setDraft] = useState<Draft>(() => draftOf(profile));
  const { save, saving, saved, errors, conflict, closeConflict } = useProfileSave(entity, draft);

  // A reloaded profile (after a save or a conflict) replaces the form.
  useEffect(() => setDraft(draftOf(profile)), [profile]);

  const set: ProfilePartProps['set'] = (field) => (event) =>
    setDraft((previous) => ({ ...previous, [field]: event.target.value }));
  const parts = { draft, errors, set };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save(profile?.version ?? 0);
  }

  const suggestion = profile?.suggestedPower;
  return (
    <form className="profile-editor" onSubmit={onSubmit} data-testid="profile-editor" noValidate>
      <p className="muted field-help">
        Changing stance, power or interest here records an assessment dated today; record a dated one, with a note,
        below.
      </p>
      {profile?.quadrant && (
        <p className="muted">
          Quadrant: <strong>{QUADRANT_LABELS[profile.quadrant]}</strong>
          {profile.updatedBy && ` · last changed by ${profile.updatedBy}`}
        </p>
      )}
      <label className="field">
        <span className="field-label">Owner</span>
        <input value={draft.owner} onChange={set('owner')} {...invalidProps(errors, PROFILE_FORM, 'owner')} />
        <FieldError errors={errors} form={PROFILE_FORM} field="owner" />
      </label>
      <ScoreFields {...parts} />
      {suggestion && (
        <SuggestedPower
          suggestion={suggestion}
          power={draft.power}
          onUse={(power) => setDraft((previous) => ({ ...previous, power }))}
        />
      )}
      <PlanFields {...parts} />
      <FormError errors={errors} shown={FIELDS} />
      <div className="action-row">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : profile ? 'Save profile' : 'Create profile'}
        </button>
        <span role="status" className="muted">
          {saved}
        </span>
      </div>
      {conflict && <ConflictDialog conflict={conflict} onClose={closeConflict} />}
    </form>
  );
}

/**
 * Saves the draft with setEngagement at the version it was read at: input errors by field, and a
 * conflict as the dialog that offers to reload or to keep this version over the newer one.
 */
function useProfileSave(entity: { id: string; name: string }, draft: Draft) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState('');
  const [conflict, setConflict] = useState<Conflict | null>(null);

  async function save(expectedVersion: number) {
    setSaving(true);
    setErrors({});
    setSaved('');
    try {
      const result = await mutate(
        SetEngagementDocument,
        { entityId: entity.id, expectedVersion, input: inputOf(draft) },
        ['engagement'],
      );
      updateProfile(result.setEngagement);
      setSaved('Profile saved.');
    } catch (error) {
      if (isConflict(error)) {
        const actual = actualVersion(error);
        setConflict({
          what: `${entity.name}'s profile`,
          message: (error as Error).message,
          reload: reloadEngagement,
          keepMine: actual === null ? undefined : () => void save(actual),
        });
      } else if (error instanceof ApiError) setErrors(fieldErrors(error));
      else setErrors({ '': (error as Error).message });
    } finally {
      setSaving(false);
    }
  }

  return { save, saving, saved, errors, conflict, closeConflict: () => setConflict(null) };
}
