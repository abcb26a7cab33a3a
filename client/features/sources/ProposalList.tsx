/**
 * The relationships a text proposes, for editors to review: accept (a new relationship, or the
 * citation added to the one the atlas has), edit then accept, reject (remembered for the source),
 * or accept all selected. Keyboard first: on a focused proposal A accepts, E edits, R rejects and
 * Space selects. A text not yet saved (source null) shows its proposals only: they cite the source,
 * so they are accepted once it is saved.
 */
import { useState, type KeyboardEvent } from 'react';
import { useSession } from '../../session/session.ts';
import { ProposalEditor } from './ProposalEditor.tsx';
import { acceptProposal, keyOf, rejectProposal, typeWords, type Proposal } from './proposals.ts';

const STATUS_WORDS: Record<Proposal['status'], string> = {
  NEW: 'new',
  ALREADY_CITED: 'already cited',
  WOULD_ADD_CITATION: 'would add this citation',
};

const acceptable = (proposal: Proposal) => proposal.status !== 'ALREADY_CITED';

export function ProposalList({
  source,
  proposals,
  named,
}: {
  source: string | null;
  proposals: readonly Proposal[];
  named: ReadonlyMap<string, string>;
}) {
  const { canEdit } = useSession();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const reviewing = canEdit && source !== null;

  const run = async (what: string, work: () => Promise<unknown>) => {
    setMessage(null);
    try {
      await work();
      setMessage(what);
    } catch (error) {
      setMessage(`Not done: ${(error as Error).message}`);
    }
  };
  const accept = (proposal: Proposal) => run(`Accepted: ${proposal.quote}`, () => acceptProposal(source!, proposal));
  const reject = (proposal: Proposal) => run(`Rejected: ${proposal.quote}`, () => rejectProposal(source!, proposal));
  const toggle = (key: string) =>
    setSelected((now) => {
      const next = new Set(now);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const onKey = (event: KeyboardEvent, proposal: Proposal) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'a') void accept(proposal);
    else if (event.key === 'r') void reject(proposal);
    else if (event.key === 'e') setEditing(keyOf(proposal));
    else if (event.key === ' ') toggle(keyOf(proposal));
    else return;
    event.preventDefault();
  };
  const open = proposals.filter(acceptable);

  return (
    <>
      {proposals.length === 0 && <p className="empty">The text proposes no relationship.</p>}
      {canEdit && source === null && proposals.length > 0 && (
        <p className="notice" role="note">
          Save the source first to accept these: each accepted relationship cites it.
        </p>
      )}
      {message && (
        <p className="muted" role="status">
          {message}
        </p>
      )}
      {reviewing && open.length > 0 && (
        <p className="muted small">
          A accepts, E edits, R rejects, Space selects the focused proposal.{' '}
          <button
            type="button"
            disabled={selected.size === 0}
            onClick={() =>
              void run(`Accepted ${selected.size}`, async () => {
                for (const proposal of open) if (selected.has(keyOf(proposal))) await acceptProposal(source, proposal);
                setSelected(new Set());
              })
            }
          >
            Accept selected ({selected.size})
          </button>
        </p>
      )}
      <ul className="proposals">
        {proposals.map((proposal) => {
          const key = keyOf(proposal);
          const actionable = reviewing && acceptable(proposal);
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
                  aria-label={`Select ${proposal.from.name} ${typeWords(proposal.type)} ${proposal.to.name}`}
                  checked={selected.has(key)}
                  onChange={() => toggle(key)}
                />
              )}{' '}
              <strong>
                {proposal.from.name} {typeWords(proposal.type)} {proposal.to.name}
              </strong>{' '}
              <span className="muted">
                ({STATUS_WORDS[proposal.status]}; confidence {proposal.confidence}
                {proposal.validFrom && `; from ${proposal.validFrom}, the source's date`})
              </span>
              <br />
              <q>{proposal.quote}</q>
              {actionable && editing !== key && (
                <>
                  {' '}
                  <button type="button" onClick={() => void accept(proposal)}>
                    {proposal.status === 'WOULD_ADD_CITATION' ? 'Add this citation' : 'Accept'}
                  </button>{' '}
                  <button type="button" onClick={() => setEditing(key)}>
                    Edit…
                  </button>{' '}
                  <button type="button" onClick={() => void reject(proposal)}>
                    Reject
                  </button>
                </>
              )}
              {actionable && editing === key && (
                <ProposalEditor
                  source={source}
                  proposal={proposal}
                  named={named}
                  onDone={(done) => {
                    setEditing(null);
                    if (done) setMessage(done);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
