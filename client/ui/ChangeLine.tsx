/**
 * One change of the feed in words: who did what to which record ("Ada retired Socitm → LGA,
 * MEMBER_OF"), when, the fields it changed (before → after) and the citations it was made with.
 * The Changes view and a stakeholder's history both list changes this way.
 */
import { describeChange } from '../../core/changes.ts';
import type { ChangesPageQuery } from '../api/generated/operations.ts';
import { dispatch } from '../state/store.ts';
import { UndoButton } from './UndoButton.tsx';

export type ChangeEntry = ChangesPageQuery['changes']['changes'][number];

interface Cited {
  source: string;
  quote: string;
  note?: string | null;
}

/** A field's JSON value as a reader sees it: text unquoted, lists counted, nothing as "—". */
export function fieldText(json: string | null): string {
  if (json === null) return '—';
  const value = JSON.parse(json) as unknown;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length === 1 ? '1 item' : `${value.length} items`;
  if (value !== null && typeof value === 'object') return '(set)';
  return String(value);
}

/** The citations the change's record carries after it (none for a retirement or older entries). */
function citationsOf(after: string | null): Cited[] {
  if (!after) return [];
  const record = JSON.parse(after) as { citations?: unknown };
  return Array.isArray(record.citations) ? (record.citations as Cited[]) : [];
}

const when = (at: string) =>
  new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC';

/** The record to open: the relationship, or the stakeholder, when it is one the map can show. */
function linkOf(change: ChangeEntry): string | null {
  if (change.kind === 'RELATIONSHIP' || change.kind === 'ENTITY') return change.targetId;
  return change.entityIds.find((id) => /^(body|person|programme):/.test(id)) ?? null;
}

export function ChangeLine({ change, showCitations = false }: { change: ChangeEntry; showCitations?: boolean }) {
  const names = new Map(change.entities.map((entity) => [entity.id, entity.name]));
  const sentence = describeChange(
    {
      ...change,
      before: change.before ? (JSON.parse(change.before) as unknown) : null,
      after: change.after ? (JSON.parse(change.after) as unknown) : null,
    },
    (id) => names.get(id),
  );
  const link = linkOf(change);
  const citations = showCitations ? citationsOf(change.after) : [];
  const retired = change.action.startsWith('retire');
  // A new record's every field would crowd the feed: its history (showCitations) lists them.
  const created = change.before === null && !showCitations;
  const fields =
    retired || created ? [] : change.fields.filter((field) => field.field !== 'citations' || !showCitations);
  return (
    <li className="change-line" data-testid="change-line" data-seq={change.seq} data-action={change.action}>
      <p className="change-sentence">
        {link ? (
          <button
            type="button"
            className="link"
            onClick={() => {
              dispatch({ type: 'setView', view: 'map' });
              dispatch({ type: 'select', id: link, focus: true });
            }}
          >
            {sentence}
          </button>
        ) : (
          sentence
        )}{' '}
        <time className="muted" dateTime={change.at}>
          {when(change.at)}
        </time>{' '}
        {/* Stakeholder and relationship changes can be undone (editors; the button hides itself otherwise). */}
        {(change.kind === 'ENTITY' || change.kind === 'RELATIONSHIP') && <UndoButton seq={change.seq} />}
      </p>
      {fields.length > 0 && (
        <ul className="change-fields">
          {fields.map((field) => (
            <li key={field.field}>
              <span className="change-field">{field.field}</span> <del>{fieldText(field.before)}</del> →{' '}
              <ins>{fieldText(field.after)}</ins>
            </li>
          ))}
        </ul>
      )}
      {citations.length > 0 && (
        <ul className="change-citations" aria-label="Citations it was made with">
          {citations.map((citation, index) => (
            <li key={index}>
              <q>{citation.quote}</q> <span className="muted">— {citation.source}</span>
            </li>
          ))}
        </ul>
      )}
      {retired && change.after && (
        <p className="muted">Reason: {(JSON.parse(change.after) as { reason?: string }).reason ?? '—'}</p>
      )}
    </li>
  );
}
