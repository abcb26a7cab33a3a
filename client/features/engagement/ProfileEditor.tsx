/**
 * The selected stakeholder's engagement profile: owner, power (with the network's suggestion),
 * interest, stance, objectives, topics, next action and due date. Saved with setEngagement and the
 * version it was read at; input errors show next to their field, a conflict opens a dialog.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { EngagementInput, Stance } from '../../api/generated/operations.ts';
import { SetEngagementDocument } from '../../api/generated/operations.ts';
import { mutate } from '../../api/queries.ts';
import { ApiError } from '../../api/request.ts';
import { ConflictDialog, actualVersion, isConflict, type Conflict } from '../../ui/ConflictDialog.tsx';
import { FieldError, FormError, invalidProps } from '../../ui/FieldError.tsx';
import { fieldErrors, type FieldErrors } from '../../ui/form-errors.ts';
import { STANCES, STANCE_LABELS } from '../../ui/format.ts';
import { QUADRANT_LABELS, SCORES } from './grid.ts';
import type { EntityEngagement } from './entity-engagement.ts';
import { reloadEngagement, updateProfile } from './register.ts';

type Profile = NonNullable<EntityEngagement['engagement']>;

interface Draft {
  owner: string;
  power: string;
  interest: string;
  stance: string;
  objectives: string;
  topics: string;
  nextAction: string;
  nextActionDue: string;
  cadenceDays: string;
}

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
const FORM = 'profile';

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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState('');
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const version = profile?.version ?? 0;

  // A reloaded profile (after a save or a conflict) replaces the form.
  useEffect(() => setDraft(draftOf(profile)), [profile]);

  const set = (field: keyof Draft) => (event: { target: { value: string } }) =>
    setDraft((previous) => ({ ...previous, [field]: event.target.value }));

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

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save(version);
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
        <input value={draft.owner} onChange={set('owner')} {...invalidProps(errors, FORM, 'owner')} />
        <FieldError errors={errors} form={FORM} field="owner" />
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Power</span>
          <select value={draft.power} onChange={set('power')} {...invalidProps(errors, FORM, 'power')}>
            <option value="">not scored</option>
            {SCORES.map((score) => (
              <option key={score} value={score}>
                {score}
              </option>
            ))}
          </select>
          <FieldError errors={errors} form={FORM} field="power" />
        </label>
        <label className="field">
          <span className="field-label">Interest</span>
          <select value={draft.interest} onChange={set('interest')} {...invalidProps(errors, FORM, 'interest')}>
            <option value="">not scored</option>
            {SCORES.map((score) => (
              <option key={score} value={score}>
                {score}
              </option>
            ))}
          </select>
          <FieldError errors={errors} form={FORM} field="interest" />
        </label>
        <label className="field">
          <span className="field-label">Stance</span>
          <select value={draft.stance} onChange={set('stance')} {...invalidProps(errors, FORM, 'stance')}>
            <option value="">not known</option>
            {STANCES.map((stance) => (
              <option key={stance} value={stance}>
                {STANCE_LABELS[stance]}
              </option>
            ))}
          </select>
          <FieldError errors={errors} form={FORM} field="stance" />
        </label>
      </div>
      {suggestion && (
        <div className="suggestion" data-testid="suggested-power">
          <p>
            Suggested power: <strong>{suggestion.power}</strong> — {suggestion.reason}
            {suggestion.freshness.stale && ' The network changed since: it is being worked out again.'}
          </p>
          <button
            type="button"
            className="link small"
            disabled={draft.power === String(suggestion.power)}
            onClick={() => setDraft((previous) => ({ ...previous, power: String(suggestion.power) }))}
          >
            Use suggestion
          </button>
        </div>
      )}
      <label className="field">
        <span className="field-label">Objectives</span>
        <textarea
          rows={2}
          value={draft.objectives}
          onChange={set('objectives')}
          {...invalidProps(errors, FORM, 'objectives')}
        />
        <FieldError errors={errors} form={FORM} field="objectives" />
      </label>
      <label className="field">
        <span className="field-label">Topics (comma separated)</span>
        <input value={draft.topics} onChange={set('topics')} {...invalidProps(errors, FORM, 'topics')} />
        <FieldError errors={errors} form={FORM} field="topics" />
      </label>
      <label className="field">
        <span className="field-label">Next action</span>
        <input value={draft.nextAction} onChange={set('nextAction')} {...invalidProps(errors, FORM, 'nextAction')} />
        <FieldError errors={errors} form={FORM} field="nextAction" />
      </label>
      <label className="field">
        <span className="field-label">Due</span>
        <input
          type="date"
          value={draft.nextActionDue}
          onChange={set('nextActionDue')}
          {...invalidProps(errors, FORM, 'nextActionDue')}
        />
        <FieldError errors={errors} form={FORM} field="nextActionDue" />
      </label>
      <label className="field">
        <span className="field-label">Contact every (days)</span>
        <input
          type="number"
          min={1}
          max={366}
          value={draft.cadenceDays}
          onChange={set('cadenceDays')}
          {...invalidProps(errors, FORM, 'cadenceDays')}
        />
        <FieldError errors={errors} form={FORM} field="cadenceDays" />
      </label>
      <FormError errors={errors} shown={FIELDS} />
      <div className="action-row">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : profile ? 'Save profile' : 'Create profile'}
        </button>
        <span role="status" className="muted">
          {saved}
        </span>
      </div>
      {conflict && <ConflictDialog conflict={conflict} onClose={() => setConflict(null)} />}
    </form>
  );
}
