/**
 * The relationships a text proposes, for editors to review: accept (a new relationship, or the
 * citation added to the one the atlas has), edit then accept, reject (remembered for the source),
 * or accept all selected. Keyboard first: on a focused proposal A accepts, E edits, R rejects and
 * Space selects. A text not yet saved (source null) shows its proposals only: they cite the source,
 * so they are accepted once it is saved.
 */
import { useSession } from '../../session/session.ts';
import { ProposalEditor } from './ProposalEditor.tsx';
import { keyOf, typeWords, type Proposal } from './proposals.ts';
import { acceptable, useProposalReview, type ProposalReview } from './useProposalReview.ts';

const STATUS_WORDS: Record<Proposal['status'], string> = {
  NEW: 'new',
  ALREADY_CITED: 'already cited',
  WOULD_ADD_CITATION: 'would add this citation',
};

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
  const review = useProposalReview(source, proposals);
  const reviewing = canEdit && source !== null;
  const open = proposals.filter(acceptable);

  return (
    <>
      {proposals.length === 0 && <p className="empty">The text proposes no relationship.</p>}
      {canEdit && source === null && proposals.length > 0 && (
        <p className="notice" role="note">
          Save the source first to accept these: each accepted relationship cites it.
        </p>
      )}
      {review.message && (
        <p className="muted" role="status">
          {review.message}
        </p>
      )}
      {reviewing && open.length > 0 && (
        <p className="muted small">
          A accepts, E edits, R rejects, Space selects the focused proposal.{' '}
          <button type="button" disabled={review.selected.size === 0} onClick={() => void review.acceptSelected()}>
            Accept selected ({review.selected.size})
          </button>
        </p>
      )}
      <ul className="proposals">
        {proposals.map((proposal) => (
          <ProposalItem
            key={keyOf(proposal)}
            proposal={proposal}
            source={reviewing && acceptable(proposal) ? source : null}
            named={named}
            review={review}
          />
        ))}
      </ul>
    </>
  );
}

/** One proposal: its sentence, status and quote, and for an editor (source given) its actions or its editor. */
function ProposalItem({
  proposal,
  source,
  named,
  review,
}: {
  proposal: Proposal;
  source: string | null;
  named: ReadonlyMap<string, string>;
  review: ProposalReview;
}) {
  const key = keyOf(proposal);
  const sentence = `${proposal.from.name} ${typeWords(proposal.type)} ${proposal.to.name}`;
  return (
    <li
      data-testid="proposal"
      tabIndex={source ? 0 : undefined}
      onKeyDown={source ? (event) => review.onKey(event, proposal) : undefined}
    >
      {source && (
        <input
          type="checkbox"
          aria-label={`Select ${sentence}`}
          checked={review.selected.has(key)}
          onChange={() => review.toggle(key)}
        />
      )}{' '}
      <strong>{sentence}</strong>{' '}
      <span className="muted">
        ({STATUS_WORDS[proposal.status]}; confidence {proposal.confidence}
        {proposal.validFrom && `; from ${proposal.validFrom}, the source's date`})
      </span>
      <br />
      <q>{proposal.quote}</q>
      {source && review.editing !== key && (
        <>
          {' '}
          <button type="button" onClick={() => void review.accept(proposal)}>
            {proposal.status === 'WOULD_ADD_CITATION' ? 'Add this citation' : 'Accept'}
          </button>{' '}
          <button type="button" onClick={() => review.setEditing(key)}>
            Edit…
          </button>{' '}
          <button type="button" onClick={() => void review.reject(proposal)}>
            Reject
          </button>
        </>
      )}
      {source && review.editing === key && (
        <ProposalEditor
          source={source}
          proposal={proposal}
          named={named}
          onDone={(done) => {
            review.setEditing(null);
            if (done) review.setMessage(done);
          }}
        />
      )}
    </li>
  );
}
