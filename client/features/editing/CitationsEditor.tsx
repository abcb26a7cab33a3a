/**
 * Citations as a form: each with a source from the `sources` list (or a new one, made here with
 * "New source…"), the quoted words and a note. The same editor serves a record's citations
 * ("citations") and an alias's ("aliases.0.citations").
 */
import { useState } from 'react';
import { SourcesDocument } from '../../api/generated/operations.ts';
import { useQuery } from '@tanstack/react-query';
import { NewSourceForm } from '../../ui/SourceForm.tsx';
import { operationQuery } from '../../api/queries.ts';
import { FieldError, invalidProps } from '../../ui/FieldError.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { Field } from '../../ui/Field.tsx';
import { groupSourceChoices, type SourceChoice } from './source-choices.ts';

export interface CitationDraft {
  source: string;
  quote: string;
  note: string;
}

export const EMPTY_CITATION: CitationDraft = { source: '', quote: '', note: '' };

/** The fields a citations list can carry errors on, for FormError's list of shown fields. */
export function citationFields(citations: readonly CitationDraft[], field = 'citations'): string[] {
  return [
    field,
    ...citations.flatMap((_, index) => [
      `${field}.${index}.source`,
      `${field}.${index}.quote`,
      `${field}.${index}.note`,
    ]),
  ];
}

export function citationInputs(citations: readonly CitationDraft[]) {
  return citations.map((citation) => ({
    source: citation.source,
    quote: citation.quote.trim(),
    note: citation.note.trim() || null,
  }));
}

/** Citations as the API returns them, as drafts. */
export function citationDrafts(citations: readonly { source: { id: string }; quote: string; note: string | null }[]) {
  return citations.map((citation) => ({
    source: citation.source.id,
    quote: citation.quote,
    note: citation.note ?? '',
  }));
}

export function CitationsEditor({
  citations,
  onChange,
  errors,
  form,
  field = 'citations',
  legend = 'Citations',
  item = 'Citation',
  addLabel = 'Add a citation',
}: {
  citations: CitationDraft[];
  onChange: (next: CitationDraft[]) => void;
  errors: FieldErrors;
  form: string;
  /** The API's name for the list ("citations", "aliases.0.citations"). */
  field?: string;
  legend?: string;
  /** What one citation is called in its group's name and its Remove button ("Citation 2"). */
  item?: string;
  addLabel?: string;
}) {
  const sources = useSourceChoices(citations);
  // The citation whose "New source…" form is open.
  const [creatingFor, setCreatingFor] = useState<number | null>(null);
  const set = (index: number, key: keyof CitationDraft, value: string) =>
    onChange(citations.map((citation, at) => (at === index ? { ...citation, [key]: value } : citation)));
  return (
    <fieldset className="citations-editor" aria-describedby={invalidProps(errors, form, field)['aria-describedby']}>
      <legend>{legend}</legend>
      <FieldError errors={errors} form={form} field={field} />
      {citations.map((citation, index) => (
        <CitationRow
          key={index}
          citation={citation}
          name={{ form, field: `${field}.${index}`, item: `${item} ${index + 1}` }}
          errors={errors}
          sources={sources}
          creating={creatingFor === index}
          onCreating={(creating) => setCreatingFor(creating ? index : null)}
          onSet={(key, value) => set(index, key, value)}
          onRemove={() => onChange(citations.filter((_, at) => at !== index))}
        />
      ))}
      <button type="button" className="link small" onClick={() => onChange([...citations, EMPTY_CITATION])}>
        {addLabel}
      </button>
    </fieldset>
  );
}

/**
 * The sources a citation may choose, in groups: the `sources` list and those made here (until the
 * list has them). Retired sources take no new citations; one already cited stays selectable.
 */
function useSourceChoices(citations: readonly CitationDraft[]) {
  const sources = useQuery(operationQuery(SourcesDocument, {}));
  const [made, setMade] = useState<SourceChoice[]>([]);
  const listed = sources.data?.sources ?? [];
  const choices = [...listed, ...made.filter((source) => !listed.some((known) => known.id === source.id))].filter(
    (source) => !('retiredAt' in source && source.retiredAt) || citations.some((c) => c.source === source.id),
  );
  return {
    groups: groupSourceChoices(choices),
    has: (id: string) => choices.some((source) => source.id === id),
    remember: (source: SourceChoice) => setMade((known) => [...known, source]),
  };
}

function CitationRow({
  citation,
  name,
  errors,
  sources,
  creating,
  onCreating,
  onSet,
  onRemove,
}: {
  citation: CitationDraft;
  /** Its form, its API field ("citations.1") and what it is called ("Citation 2"). */
  name: { form: string; field: string; item: string };
  errors: FieldErrors;
  sources: ReturnType<typeof useSourceChoices>;
  creating: boolean;
  onCreating: (creating: boolean) => void;
  onSet: (key: keyof CitationDraft, value: string) => void;
  onRemove: () => void;
}) {
  const { form, field, item } = name;
  return (
    <div className="citation-editor" aria-label={item} role="group">
      <Field form={form} field={`${field}.source`} label="Source" errors={errors}>
        {(control) => (
          <select {...control} value={citation.source} onChange={(event) => onSet('source', event.target.value)}>
            <option value="">Choose a source…</option>
            {sources.groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.sources.map((source) => (
                  <option key={source.id} value={source.id}>
                    {source.title} ({source.date})
                  </option>
                ))}
              </optgroup>
            ))}
            {citation.source && !sources.has(citation.source) && (
              <option value={citation.source}>{citation.source}</option>
            )}
          </select>
        )}
      </Field>
      {creating ? (
        <NewSourceForm
          form={`${form}-${field.replace(/[^a-z0-9]/gi, '-')}-new-source`}
          onCreated={(source) => {
            sources.remember(source);
            onSet('source', source.id);
            onCreating(false);
          }}
          onCancel={() => onCreating(false)}
        />
      ) : (
        <button type="button" className="link small" onClick={() => onCreating(true)}>
          New source…
        </button>
      )}
      <Field form={form} field={`${field}.quote`} label="Quote" errors={errors}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={citation.quote}
            onChange={(event) => onSet('quote', event.target.value)}
          />
        )}
      </Field>
      <Field form={form} field={`${field}.note`} label="Note" errors={errors}>
        {(control) => (
          <input {...control} value={citation.note} onChange={(event) => onSet('note', event.target.value)} />
        )}
      </Field>
      <button type="button" className="link small" onClick={onRemove}>
        Remove {item.toLowerCase()}
      </button>
    </div>
  );
}
