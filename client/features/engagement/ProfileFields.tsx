/**
 * The profile form's parts: the scores row (power, interest, stance), the network's power suggestion,
 * and the plan (objectives, topics, next action, due date, contact cadence).
 */
import type { ChangeEvent } from 'react';
import { FieldError, invalidProps } from '../../ui/FieldError.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { STANCES, STANCE_LABELS } from '../../ui/format.ts';
import { SCORES } from './grid.ts';
import type { EntityEngagement } from './entity-engagement.ts';

export interface ProfileDraft {
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

export const PROFILE_FORM = 'profile';
const FORM = PROFILE_FORM;

/** What each part of the form draws from and changes. */
export interface ProfilePartProps {
  draft: ProfileDraft;
  errors: FieldErrors;
  set: (
    field: keyof ProfileDraft,
  ) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => void;
}

export function ScoreFields({ draft, errors, set }: ProfilePartProps) {
  return (
    <div className="field-row">
      <ScoreSelect label="Power" field="power" draft={draft} errors={errors} set={set} />
      <ScoreSelect label="Interest" field="interest" draft={draft} errors={errors} set={set} />
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
  );
}

function ScoreSelect({
  label,
  field,
  draft,
  errors,
  set,
}: ProfilePartProps & { label: string; field: 'power' | 'interest' }) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <select value={draft[field]} onChange={set(field)} {...invalidProps(errors, FORM, field)}>
        <option value="">not scored</option>
        {SCORES.map((score) => (
          <option key={score} value={score}>
            {score}
          </option>
        ))}
      </select>
      <FieldError errors={errors} form={FORM} field={field} />
    </label>
  );
}

type PowerSuggestion = NonNullable<NonNullable<EntityEngagement['engagement']>['suggestedPower']>;

/** The network's power score with its reason; one click puts it in the form. */
export function SuggestedPower({
  suggestion,
  power,
  onUse,
}: {
  suggestion: PowerSuggestion;
  power: string;
  onUse: (power: string) => void;
}) {
  return (
    <div className="suggestion" data-testid="suggested-power">
      <p>
        Suggested power: <strong>{suggestion.power}</strong> — {suggestion.reason}
        {suggestion.freshness.stale && ' The network changed since: it is being worked out again.'}
      </p>
      <button
        type="button"
        className="link small"
        disabled={power === String(suggestion.power)}
        onClick={() => onUse(String(suggestion.power))}
      >
        Use suggestion
      </button>
    </div>
  );
}

export function PlanFields({ draft, errors, set }: ProfilePartProps) {
  return (
    <>
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
    </>
  );
}
