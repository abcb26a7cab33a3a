/**
 * Reading a source: its text with every stakeholder the atlas holds marked and linked, and the
 * relationships its sentences propose, for editors to accept (createRelationship, validated and
 * audited as any other) or reject (remembered for this source). Keyboard first: in the list, A
 * accepts, R rejects and Space selects the focused proposal; "Accept selected" takes them all.
 */
import { useQuery } from '@tanstack/react-query';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import {
  CreateRelationshipDocument,
  RejectProposalDocument,
  SourceReadingDocument,
  type TextReadingFieldsFragment,
} from '../../api/generated/operations.ts';
import { mutate, operationQuery } from '../../api/queries.ts';
import { useSession } from '../../session/session.ts';
import { dispatch } from '../../state/store.ts';

type Proposal = TextReadingFieldsFragment['relationships'][number];
type Mention = TextReadingFieldsFragment['mentions'][number];
type NewStakeholder = TextReadingFieldsFragment['stakeholders'][number];

/** Names the atlas does not hold, each with its sentence and the stakeholders it may duplicate. */
function NewStakeholders({ proposals }: { proposals: readonly NewStakeholder[] }) {
  if (proposals.length === 0) return null;
  return (
    <section aria-labelledby="source-new-stakeholders">
      <h3 id="source-new-stakeholders">Names the atlas does not hold</h3>
      <ul className="proposals">
        {proposals.map((proposal) => (
          <li key={proposal.start} data-testid="new-stakeholder">
            <strong>{proposal.name}</strong>
            {proposal.acronym && ` (${proposal.acronym})`}{' '}
            <span className="muted">
              {proposal.kind.toLowerCase()}
              {proposal.role && `, ${proposal.role}`}
            </span>
            <br />
            <q>{proposal.sentence}</q>
            {proposal.possibleDuplicates.map((match) => (
              <div key={match.entity.id} className="muted small">
                Possible duplicate:{' '}
                <button type="button" className="link" onClick={() => showOnMap(match.entity.id)}>
                  {match.entity.name}
                </button>{' '}
                ({match.reason})
              </div>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

const STATUS_WORDS: Record<Proposal['status'], string> = {
  NEW: 'new',
  ALREADY_CITED: 'already cited',
  WOULD_ADD_CITATION: 'would add this citation',
};

const keyOf = (proposal: Proposal) => `${proposal.from.id}|${proposal.type}|${proposal.to.id}`;
const words = (type: string) => type.toLowerCase().replace(/_/g, ' ');

function showOnMap(id: string) {
  dispatch({ type: 'select', id, focus: true });
  dispatch({ type: 'setView', view: 'map' });
}

/** The text with its mentions as links (the first candidate; an ambiguous one says so). */
function MarkedText({ text, mentions }: { text: string; mentions: readonly Mention[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const mention of mentions) {
    if (mention.start < at) continue;
    parts.push(text.slice(at, mention.start));
    const names = mention.candidates.map((candidate) => candidate.entity.name).join(' or ');
    parts.push(
      <button
        key={mention.start}
        type="button"
        className={mention.ambiguous ? 'mention ambiguous' : 'mention'}
        data-testid="mention"
        title={mention.ambiguous ? `Ambiguous: ${names}` : names}
        onClick={() => showOnMap(mention.candidates[0]!.entity.id)}
      >
        {text.slice(mention.start, mention.end)}
      </button>,
    );
    at = mention.end;
  }
  parts.push(text.slice(at));
  return <pre className="source-text">{parts}</pre>;
}

export function SourceReading({ id, text }: { id: string; text: string }) {
  const { canEdit } = useSession();
  const reading = useQuery(operationQuery(SourceReadingDocument, { id }));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const result = reading.data?.source?.reading;

  const accept = async (proposal: Proposal) => {
    await mutate(
      CreateRelationshipDocument,
      {
        input: {
          type: proposal.type,
          from: proposal.from.id,
          to: proposal.to.id,
          validFrom: proposal.validFrom,
          dateBasis: proposal.dateBasis,
          confidence: proposal.confidence,
          citations: [{ source: id, quote: proposal.quote }],
        },
      },
      ['graph'],
    );
  };
  const reject = (proposal: Proposal) =>
    mutate(RejectProposalDocument, { source: id, type: proposal.type, from: proposal.from.id, to: proposal.to.id }, [
      'graph',
    ]);
  const run = async (what: string, work: () => Promise<unknown>) => {
    setMessage(null);
    try {
      await work();
      setMessage(what);
    } catch (error) {
      setMessage(`Not done: ${(error as Error).message}`);
    }
  };
  const toggle = (key: string) =>
    setSelected((now) => {
      const next = new Set(now);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  const open = (result?.relationships ?? []).filter((proposal) => proposal.status === 'NEW');
  const onKey = (event: KeyboardEvent, proposal: Proposal) => {
    if (event.key === 'a') void run(`Accepted: ${proposal.quote}`, () => accept(proposal));
    else if (event.key === 'r') void run(`Rejected: ${proposal.quote}`, () => reject(proposal));
    else if (event.key === ' ') toggle(keyOf(proposal));
    else return;
    event.preventDefault();
  };

  return (
    <>
      {result ? <MarkedText text={text} mentions={result.mentions} /> : <pre className="source-text">{text}</pre>}
      <section aria-labelledby="source-proposals">
        <h3 id="source-proposals">Proposed relationships</h3>
        {reading.isPending && <p className="muted">Reading the text…</p>}
        {reading.error && (
          <p className="error" role="alert">
            {reading.error.message}
          </p>
        )}
        {result && result.relationships.length === 0 && <p className="empty">The text proposes no relationship.</p>}
        {message && (
          <p className="muted" role="status">
            {message}
          </p>
        )}
        {canEdit && open.length > 0 && (
          <p className="muted small">
            A accepts, R rejects, Space selects the focused proposal.{' '}
            <button
              type="button"
              disabled={selected.size === 0}
              onClick={() =>
                void run(`Accepted ${selected.size}`, async () => {
                  for (const proposal of open) if (selected.has(keyOf(proposal))) await accept(proposal);
                  setSelected(new Set());
                })
              }
            >
              Accept selected ({selected.size})
            </button>
          </p>
        )}
        <ul className="proposals">
          {result?.relationships.map((proposal) => {
            const key = keyOf(proposal);
            const actionable = canEdit && proposal.status === 'NEW';
            return (
              <li
                key={key}
                data-testid="proposal"
                tabIndex={actionable ? 0 : undefined}
                onKeyDown={actionable ? (event) => onKey(event, proposal) : undefined}
              >
                {actionable && (
                  <input
                    type="checkbox"
                    aria-label={`Select ${proposal.from.name} ${words(proposal.type)} ${proposal.to.name}`}
                    checked={selected.has(key)}
                    onChange={() => toggle(key)}
                  />
                )}{' '}
                <strong>
                  {proposal.from.name} {words(proposal.type)} {proposal.to.name}
                </strong>{' '}
                <span className="muted">
                  ({STATUS_WORDS[proposal.status]}; confidence {proposal.confidence}
                  {proposal.validFrom && `; from ${proposal.validFrom}, the source's date`})
                </span>
                <br />
                <q>{proposal.quote}</q>
                {actionable && (
                  <>
                    {' '}
                    <button
                      type="button"
                      onClick={() => void run(`Accepted: ${proposal.quote}`, () => accept(proposal))}
                    >
                      Accept
                    </button>{' '}
                    <button
                      type="button"
                      onClick={() => void run(`Rejected: ${proposal.quote}`, () => reject(proposal))}
                    >
                      Reject
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      {result && <NewStakeholders proposals={result.stakeholders} />}
    </>
  );
}
