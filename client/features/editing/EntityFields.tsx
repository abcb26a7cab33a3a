/**
 * The fields a stakeholder is made of, shared by "New stakeholder" and "Edit stakeholder": name,
 * type and sector from the vocabulary (bodies and programmes), the period it existed, description,
 * names over time, identifiers and citations. Which fields show depends on the kind, as in the API.
 */
import type { ReactNode } from 'react';
import type { EntityForEditQuery, EntityKind } from '../../api/generated/operations.ts';
import { BODY_TYPES, PROGRAMME_TYPES, SECTORS } from '../../../core/vocabulary.ts';
import { typeWords } from '../../graph/palette.ts';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { AliasesEditor, aliasDrafts, aliasFields, aliasInputs, type AliasDraft } from './AliasesEditor.tsx';
import {
  CitationsEditor,
  EMPTY_CITATION,
  citationDrafts,
  citationFields,
  citationInputs,
  type CitationDraft,
} from './CitationsEditor.tsx';
import { Field, type ControlProps } from '../../ui/Field.tsx';
import { IdentifiersEditor, identifierFields, identifierInputs } from './IdentifiersEditor.tsx';

export interface EntityDraft {
  name: string;
  description: string;
  type: string;
  sector: string;
  validFrom: string;
  validTo: string;
  aliases: AliasDraft[];
  /** "scheme:value" lines. */
  identifiers: string[];
  citations: CitationDraft[];
}

export const EMPTY_ENTITY: EntityDraft = {
  name: '',
  description: '',
  type: '',
  sector: '',
  validFrom: '',
  validTo: '',
  aliases: [],
  identifiers: [],
  citations: [EMPTY_CITATION],
};

export const TYPES: Partial<Record<EntityKind, readonly string[]>> = { BODY: BODY_TYPES, PROGRAMME: PROGRAMME_TYPES };

type Editable = NonNullable<EntityForEditQuery['entity']>;

export function entityDraft(entity: Editable): EntityDraft {
  return {
    name: entity.name,
    description: entity.description ?? '',
    type: 'type' in entity ? entity.type : '',
    sector: 'sector' in entity ? entity.sector : '',
    validFrom: ('validFrom' in entity && entity.validFrom) || '',
    validTo: ('validTo' in entity && entity.validTo) || '',
    aliases: aliasDrafts(entity.aliases),
    identifiers: entity.identifiers.map((identifier) => identifier.text),
    citations: citationDrafts(entity.citations),
  };
}

/** The draft as the API's input, with only the fields the kind has; empty text clears a field (null). */
export function entityInput(kind: EntityKind, draft: EntityDraft) {
  const text = (value: string) => value.trim() || null;
  return {
    name: draft.name.trim(),
    description: text(draft.description),
    ...(kind === 'PERSON'
      ? {}
      : { type: text(draft.type), validFrom: text(draft.validFrom), validTo: text(draft.validTo) }),
    ...(kind === 'BODY' ? { sector: text(draft.sector) } : {}),
    aliases: aliasInputs(draft.aliases),
    identifiers: identifierInputs(draft.identifiers),
    citations: citationInputs(draft.citations),
  };
}

/** The fields shown for the kind, for FormError's list of shown fields. */
export function entityFieldNames(kind: EntityKind, draft: EntityDraft): string[] {
  return [
    'name',
    ...(kind === 'PERSON' ? [] : ['type', 'validFrom', 'validTo']),
    ...(kind === 'BODY' ? ['sector'] : []),
    'description',
    ...aliasFields(draft.aliases),
    ...identifierFields(draft.identifiers),
    ...citationFields(draft.citations),
  ];
}

function VocabularySelect({
  control,
  value,
  values,
  choose,
  onChange,
}: {
  control: ControlProps;
  value: string;
  values: readonly string[];
  choose: string;
  onChange: (value: string) => void;
}) {
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{choose}</option>
      {values.map((entry) => (
        <option key={entry} value={entry}>
          {typeWords(entry)}
        </option>
      ))}
      {value && !values.includes(value) && <option value={value}>{typeWords(value)}</option>}
    </select>
  );
}

interface FieldsProps {
  kind: EntityKind;
  draft: EntityDraft;
  onChange: (next: EntityDraft) => void;
  errors: FieldErrors;
  form: string;
}

export function EntityFields({
  afterName,
  ...props
}: FieldsProps & {
  /** More fields right after the name (the new stakeholder's id). */
  afterName?: ReactNode;
}) {
  const { draft, onChange, errors, form } = props;
  const set = (change: Partial<EntityDraft>) => onChange({ ...draft, ...change });
  return (
    <>
      <Field form={form} field="name" label="Name" errors={errors}>
        {(control) => <input {...control} value={draft.name} onChange={(event) => set({ name: event.target.value })} />}
      </Field>
      {afterName}
      <TypeAndSector {...props} />
      <ExistedFields {...props} />
      <Field form={form} field="description" label="Description" errors={errors}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={draft.description}
            onChange={(event) => set({ description: event.target.value })}
          />
        )}
      </Field>
      <AliasesEditor aliases={draft.aliases} onChange={(aliases) => set({ aliases })} errors={errors} form={form} />
      <IdentifiersEditor
        identifiers={draft.identifiers}
        onChange={(identifiers) => set({ identifiers })}
        errors={errors}
        form={form}
      />
      <CitationsEditor
        citations={draft.citations}
        onChange={(citations) => set({ citations })}
        errors={errors}
        form={form}
        legend="Citations (where the texts name it)"
      />
    </>
  );
}

/** Type (bodies and programmes) and sector (bodies) from the vocabulary. */
function TypeAndSector({ kind, draft, onChange, errors, form }: FieldsProps) {
  const types = TYPES[kind];
  if (!types) return null;
  return (
    <div className="field-row">
      <Field form={form} field="type" label="Type" errors={errors}>
        {(control) => (
          <VocabularySelect
            control={control}
            value={draft.type}
            values={types}
            choose="Choose a type…"
            onChange={(type) => onChange({ ...draft, type })}
          />
        )}
      </Field>
      {kind === 'BODY' && (
        <Field form={form} field="sector" label="Sector" errors={errors}>
          {(control) => (
            <VocabularySelect
              control={control}
              value={draft.sector}
              values={SECTORS}
              choose="Choose a sector…"
              onChange={(sector) => onChange({ ...draft, sector })}
            />
          )}
        </Field>
      )}
    </div>
  );
}

/** The period it existed (not for people), with the date format. */
function ExistedFields({ kind, draft, onChange, errors, form }: FieldsProps) {
  if (kind === 'PERSON') return null;
  const dateHint = `${form}-date-hint`;
  return (
    <>
      <div className="field-row">
        <Field form={form} field="validFrom" label="Existed from" errors={errors} hint={dateHint}>
          {(control) => (
            <input
              {...control}
              value={draft.validFrom}
              onChange={(event) => onChange({ ...draft, validFrom: event.target.value })}
            />
          )}
        </Field>
        <Field form={form} field="validTo" label="Existed until" errors={errors} hint={dateHint}>
          {(control) => (
            <input
              {...control}
              value={draft.validTo}
              onChange={(event) => onChange({ ...draft, validTo: event.target.value })}
            />
          )}
        </Field>
      </div>
      <p className="hint" id={dateHint}>
        YYYY, YYYY-MM or YYYY-MM-DD; leave empty when not known.
      </p>
    </>
  );
}
