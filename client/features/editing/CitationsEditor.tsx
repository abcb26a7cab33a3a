/** Citations as a form: each with a source from the `sources` list, the quoted words and a note. */
import { SourcesDocument } from '../../api/generated/operations.ts';
import { request } from '../../api/request.ts';
import { useQuery } from '../app/useQuery.ts';
import { FieldError, invalidProps } from '../engagement/FieldError.tsx';
import type { FieldErrors } from '../engagement/grid.ts';

export interface CitationDraft {
  source: string;
  quote: string;
  note: string;
}

/** The fields a citations list can carry errors on, for FormError's list of shown fields. */
export function citationFields(citations: readonly CitationDraft[]): string[] {
  return [
    'citations',
    ...citations.flatMap((_, index) => [
      `citations.${index}.source`,
      `citations.${index}.quote`,
      `citations.${index}.note`,
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

export function CitationsEditor({
  citations,
  onChange,
  errors,
  form,
}: {
  citations: CitationDraft[];
  onChange: (next: CitationDraft[]) => void;
  errors: FieldErrors;
  form: string;
}) {
  const sources = useQuery('sources', (signal) => request(SourcesDocument, {}, { signal }));
  const set = (index: number, field: keyof CitationDraft, value: string) =>
    onChange(citations.map((citation, at) => (at === index ? { ...citation, [field]: value } : citation)));
  return (
    <fieldset className="citations-editor">
      <legend>Citations</legend>
      <FieldError errors={errors} form={form} field="citations" />
      {citations.map((citation, index) => (
        <div key={index} className="citation-editor" aria-label={`Citation ${index + 1}`} role="group">
          <label className="field">
            <span className="field-label">Source</span>
            <select
              value={citation.source}
              onChange={(event) => set(index, 'source', event.target.value)}
              {...invalidProps(errors, form, `citations.${index}.source`)}
            >
              <option value="">Choose a source…</option>
              {(sources.data?.sources ?? []).map((source) => (
                <option key={source.id} value={source.id}>
                  {source.title} ({source.date})
                </option>
              ))}
              {!sources.data && citation.source && <option value={citation.source}>{citation.source}</option>}
            </select>
            <FieldError errors={errors} form={form} field={`citations.${index}.source`} />
          </label>
          <label className="field">
            <span className="field-label">Quote</span>
            <textarea
              rows={2}
              value={citation.quote}
              onChange={(event) => set(index, 'quote', event.target.value)}
              {...invalidProps(errors, form, `citations.${index}.quote`)}
            />
            <FieldError errors={errors} form={form} field={`citations.${index}.quote`} />
          </label>
          <label className="field">
            <span className="field-label">Note</span>
            <input
              value={citation.note}
              onChange={(event) => set(index, 'note', event.target.value)}
              {...invalidProps(errors, form, `citations.${index}.note`)}
            />
            <FieldError errors={errors} form={form} field={`citations.${index}.note`} />
          </label>
          <button
            type="button"
            className="link small"
            onClick={() => onChange(citations.filter((_, at) => at !== index))}
          >
            Remove citation {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="link small"
        onClick={() => onChange([...citations, { source: '', quote: '', note: '' }])}
      >
        Add a citation
      </button>
    </fieldset>
  );
}
