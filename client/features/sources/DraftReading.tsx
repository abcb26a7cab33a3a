/**
 * The reading of a text pasted (or a file chosen) in "New source…" before it is saved: readText
 * at the date typed (when it is a valid date), a moment after typing stops. Its proposals are shown
 * but accepted only once the source is saved, since each accepted fact cites it.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { partialDateProblem } from '../../../core/dates.ts';
import { ReadTextDocument } from '../../api/generated/operations.ts';
import { request } from '../../api/request.ts';
import { ReadingView } from './SourceReading.tsx';

const DEBOUNCE_MS = 500;

interface Asked {
  text: string;
  file: File | null;
  date: string | null;
}

/** What was typed, once typing has stopped for a moment. */
function useSettled(text: string, file: File | null, date: string | null): Asked {
  const [settled, setSettled] = useState<Asked>({ text, file, date });
  useEffect(() => {
    const timer = setTimeout(() => setSettled({ text, file, date }), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, file, date]);
  return settled;
}

export function DraftReading({ text, file, date }: { text: string; file: File | null; date: string }) {
  const trimmedDate = date.trim();
  const validDate = trimmedDate !== '' && partialDateProblem(trimmedDate) === null ? trimmedDate : null;
  const asked = useSettled(text, file, validDate);
  const reading = useQuery({
    queryKey: ['ReadText', asked.text, asked.file?.name, asked.file?.size, asked.file?.lastModified, asked.date],
    queryFn: ({ signal }) =>
      asked.file
        ? request(
            ReadTextDocument,
            { file: null, date: asked.date },
            { signal, upload: { path: 'file', file: asked.file } },
          )
        : request(ReadTextDocument, { text: asked.text, date: asked.date }, { signal }),
    enabled: asked.file !== null || asked.text.trim() !== '',
  });
  if (!asked.file && !asked.text.trim()) return null;
  const result = reading.data?.readText;
  const names = new Map<string, { name: string; count: number }>();
  for (const mention of result?.mentions ?? []) {
    const { id, name } = mention.candidates[0]!.entity;
    names.set(id, { name, count: (names.get(id)?.count ?? 0) + 1 });
  }
  return (
    <section className="draft-reading" aria-labelledby="draft-reading-title" data-testid="draft-reading">
      <h4 id="draft-reading-title">What the atlas reads in this text</h4>
      <p className="muted small">
        {validDate ? `Names valid on ${validDate}.` : 'Names of every date: give the source’s date to read its names.'}
      </p>
      {reading.isFetching && <p className="muted">Reading the text…</p>}
      {reading.error && (
        <p className="error" role="alert">
          {reading.error.message}
        </p>
      )}
      {result && (
        <>
          <p data-testid="draft-mentions">
            {names.size === 0
              ? 'It names no stakeholder the atlas holds.'
              : `It names ${[...names.values()].map(({ name, count }) => (count > 1 ? `${name} (${count}×)` : name)).join(', ')}.`}
          </p>
          <ReadingView source={null} text={null} reading={result} />
        </>
      )}
    </section>
  );
}
