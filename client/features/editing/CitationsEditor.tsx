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
  const sources = useQuery(operationQuery(SourcesDocument, {}));
  // The citation whose "New source…" form is open, and the titles of sources made here (until the list has them).
  const [creatingFor, setCreatingFor] = useState<number | null>(null);
  const [made, setMade] = useState<SourceChoice[]>([]);
  const set = (index: number, key: keyof CitationDraft, value: string) =>
    onChange(citations.map((citation, at) => (at === index ? { ...citation, [key]: value } : citation)));
  const listed = sources.data?.sources ?? [];
  // Retired sources take no new citations; one already cited stays selectable.
  const choices = [...listed, ...made.filter((source) => !listed.some((known) => known.id === source.id))].filter(
    (source) => !('retiredAt' in source && source.retiredAt) || citations.some((c) => c.source === source.id),
  );
  const groups = groupSourceChoices(choices);
  return (
    <fieldset className="citations-editor" aria-describedby={invalidProps(errors, form, field)['aria-describedby']}>
      <legend>{legend}</legend>
      <FieldError errors={errors} form={form} field={field} />
      {citations.map((citation, index) => (
        <div key={index} className="citation-editor" aria-label={`${item} ${index + 1}`} role="group">
          <Field form={form} field={`${field}.${index}.source`} label="Source" errors={errors}>
            {(control) => (
              <select
                {...control}
                value={citation.source}
                onChange={(event) => set(index, 'source', event.target.value)}
              >
                <option value="">Choose a source…</option>
                {groups.map((group) => (
                  <optgroup key={group.label} label={group.label}>
                    {group.sources.map((source) => (
                      <option key={source.id} value={source.id}>
                        {source.title} ({source.date})
                      </option>
                    ))}
                  </optgroup>
                ))}
                {citation.source && !choices.some((source) => source.id === citation.source) && (
                  <option value={citation.source}>{citation.source}</option>
                )}
              </select>
            )}
          </Field>
          {creatingFor === index ? (
            <NewSourceForm
              form={`${form}-${field.replace(/[^a-z0-9]/gi, '-')}-${index}-new-source`}
              onCreated={(source) => {
                setMade((known) => [...known, source]);
                set(index, 'source', source.id);
                setCreatingFor(null);
              }}
              onCancel={() => setCreatingFor(null)}
            />
          ) : (
            <button type="button" className="link small" onClick={() => setCreatingFor(index)}>
              New source…
            </button>
          )}
          <Field form={form} field={`${field}.${index}.quote`} label="Quote" errors={errors}>
            {(control) => (
              <textarea
                {...control}
                rows={2}
                value={citation.quote}
                onChange={(event) => set(index, 'quote', event.target.value)}
              />
            )}
          </Field>
          <Field form={form} field={`${field}.${index}.note`} label="Note" errors={errors}>
            {(control) => (
              <input {...control} value={citation.note} onChange={(event) => set(index, 'note', event.target.value)} />
            )}
          </Field>
          <button
            type="button"
            className="link small"
            onClick={() => onChange(citations.filter((_, at) => at !== index))}
          >
            Remove {item.toLowerCase()} {index + 1}
          </button>
        </div>
      ))}
      <button type="button" className="link small" onClick={() => onChange([...citations, EMPTY_CITATION])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
