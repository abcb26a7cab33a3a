/**
 * A source's fields as a form (title, publisher, kind, date and whether it is estimated, a note on the
 * date, URL, and the text: pasted, or a .txt or .html file), and the "new source" form built on it.
 * Shared: the sources feature creates and edits sources with it, and the citations editor creates
 * one without leaving the record being edited. It is a group, not a <form>, because the citations
 * editor sits inside another form.
 */
import { createContext, useContext, useState, type ReactNode } from 'react';
import { CreateSourceDocument, type SourceFieldsFragment } from '../api/generated/operations.ts';
import { mutate } from '../api/queries.ts';
import { SOURCE_KINDS } from '../../core/vocabulary.ts';
import { Field } from './Field.tsx';
import { FormError } from './FieldError.tsx';
import type { FieldErrors } from './form-errors.ts';
import { useSave } from './useSave.tsx';

export interface SourceDraft {
  title: string;
  publisher: string;
  kind: string;
  date: string;
  dateEstimated: boolean;
  dateNote: string;
  url: string;
  text: string;
  file: File | null;
}

export const EMPTY_SOURCE: SourceDraft = {
  title: '',
  publisher: '',
  kind: 'web page',
  date: '',
  dateEstimated: false,
  dateNote: '',
  url: '',
  text: '',
  file: null,
};

export function sourceDraftOf(source: SourceFieldsFragment & { text?: string | null }): SourceDraft {
  return {
    title: source.title,
    publisher: source.publisher,
    kind: source.kind,
    date: source.date,
    dateEstimated: source.dateEstimated,
    dateNote: source.dateNote ?? '',
    url: source.url ?? '',
    text: source.text ?? '',
    file: null,
  };
}

/** The fields the API may name for a source's form. */
export const SOURCE_FIELDS = ['title', 'publisher', 'kind', 'date', 'dateEstimated', 'dateNote', 'url', 'text', 'file'];

/** The input for createSource / updateSource; the file, if any, goes as an upload instead of text. */
export function sourceInput(draft: SourceDraft, { withText = true } = {}) {
  return {
    title: draft.title.trim(),
    publisher: draft.publisher.trim(),
    kind: draft.kind,
    date: draft.date.trim(),
    dateEstimated: draft.dateEstimated,
    dateNote: draft.dateNote.trim() || null,
    url: draft.url.trim() || null,
    ...(withText && !draft.file ? { text: draft.text.trim() ? draft.text : null } : {}),
  };
}

/** What a part of the source's fields needs: the form's id, the draft, a setter of one field, the errors. */
interface FieldsPart {
  form: string;
  draft: SourceDraft;
  set: <K extends keyof SourceDraft>(key: K, value: SourceDraft[K]) => void;
  errors: FieldErrors;
}

/** The date, its hint, whether it is an estimate and a note on it. */
function SourceDateFields({ form, draft, set, errors }: FieldsPart) {
  const dateHint = `${form}-date-hint`;
  return (
    <>
      <Field form={form} field="date" label="Date" errors={errors} hint={dateHint}>
        {(control) => <input {...control} value={draft.date} onChange={(event) => set('date', event.target.value)} />}
      </Field>
      <p className="hint" id={dateHint}>
        A year, a month or a day: 2016, 2016-04 or 2016-04-01.
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.dateEstimated}
          onChange={(event) => set('dateEstimated', event.target.checked)}
        />{' '}
        The date is an estimate
      </label>
      <Field form={form} field="dateNote" label="Note on the date" errors={errors}>
        {(control) => (
          <input {...control} value={draft.dateNote} onChange={(event) => set('dateNote', event.target.value)} />
        )}
      </Field>
    </>
  );
}

/** The text, pasted or uploaded; or, for a source imported from a file, where its text comes from. */
function SourceTextFields({ form, draft, set, errors, textFromFile }: FieldsPart & { textFromFile?: string | null }) {
  if (textFromFile) {
    return <p className="muted">The text comes from the file {textFromFile} and changes only by importing it again.</p>;
  }
  return (
    <>
      <Field
        form={form}
        field="text"
        label="Text (quotes must occur in it; leave empty for a meeting note)"
        errors={errors}
      >
        {(control) => (
          <textarea
            {...control}
            rows={6}
            value={draft.text}
            disabled={draft.file !== null}
            onChange={(event) => set('text', event.target.value)}
          />
        )}
      </Field>
      <Field form={form} field="file" label="Or upload the text (.txt or .html, up to 1 MB of text)" errors={errors}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".txt,.html,.htm,text/plain,text/html"
            onChange={(event) => set('file', event.target.files?.[0] ?? null)}
          />
        )}
      </Field>
    </>
  );
}

export function SourceFields({
  form,
  draft,
  onChange,
  errors,
  textFromFile,
}: {
  form: string;
  draft: SourceDraft;
  onChange: (next: SourceDraft) => void;
  errors: FieldErrors;
  /** The source's text came from a file at import and cannot be changed here. */
  textFromFile?: string | null;
}) {
  const set = <K extends keyof SourceDraft>(key: K, value: SourceDraft[K]) => onChange({ ...draft, [key]: value });
  const part: FieldsPart = { form, draft, set, errors };
  return (
    <div className="source-fields">
      <Field form={form} field="title" label="Title" errors={errors}>
        {(control) => <input {...control} value={draft.title} onChange={(event) => set('title', event.target.value)} />}
      </Field>
      <Field form={form} field="publisher" label="Publisher" errors={errors}>
        {(control) => (
          <input {...control} value={draft.publisher} onChange={(event) => set('publisher', event.target.value)} />
        )}
      </Field>
      <Field form={form} field="kind" label="Kind" errors={errors}>
        {(control) => (
          <select {...control} value={draft.kind} onChange={(event) => set('kind', event.target.value)}>
            {SOURCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SourceDateFields {...part} />
      <Field form={form} field="url" label="URL" errors={errors}>
        {(control) => (
          <input
            {...control}
            type="url"
            placeholder="https://…"
            value={draft.url}
            onChange={(event) => set('url', event.target.value)}
          />
        )}
      </Field>
      <SourceTextFields {...part} textFromFile={textFromFile} />
    </div>
  );
}

/**
 * What the atlas reads in a draft's text before it is saved. The sources feature draws it; the app
 * shell provides it here, so every "New source…" (the Sources view's and the citations editor's)
 * reads its text the same way without one feature importing another.
 */
export const DraftReadingContext = createContext<((draft: SourceDraft) => ReactNode) | null>(null);

/** Creates a source through the API (with its file as an upload); errors by field. */
export function NewSourceForm({
  form,
  onCreated,
  onCancel,
}: {
  form: string;
  onCreated: (source: SourceFieldsFragment) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<SourceDraft>(EMPTY_SOURCE);
  const reading = useContext(DraftReadingContext);
  const { busy, errors, run } = useSave();

  async function create() {
    const result = await run(() =>
      mutate(
        CreateSourceDocument,
        { input: sourceInput(draft) },
        ['graph'],
        draft.file ? { upload: { path: 'input.file', file: draft.file } } : {},
      ),
    );
    if (result) onCreated(result.createSource);
  }

  return (
    <div className="new-source" role="group" aria-label="New source">
      <h4>New source</h4>
      <SourceFields form={form} draft={draft} onChange={setDraft} errors={errors} />
      <FormError errors={errors} shown={SOURCE_FIELDS} />
      {reading?.(draft)}
      <div className="form-actions">
        <button type="button" onClick={() => void create()} disabled={busy}>
          {busy ? 'Creating…' : 'Create source'}
        </button>
        <button type="button" className="link" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
