/**
 * The review of a text's proposals: which are selected, which is being edited, the last outcome in
 * words, and the actions (accept, reject, accept the selected, the keys A, E, R and Space).
 */
import { useState, type KeyboardEvent } from 'react';
import { acceptProposal, keyOf, rejectProposal, type Proposal } from './proposals.ts';

export const acceptable = (proposal: Proposal) => proposal.status !== 'ALREADY_CITED';

export function useProposalReview(source: string | null, proposals: readonly Proposal[]) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

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
  const acceptSelected = () =>
    run(`Accepted ${selected.size}`, async () => {
      for (const proposal of proposals.filter(acceptable))
        if (selected.has(keyOf(proposal))) await acceptProposal(source!, proposal);
      setSelected(new Set());
    });
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
  return { selected, editing, setEditing, message, setMessage, accept, reject, acceptSelected, toggle, onKey };
}

export type ProposalReview = ReturnType<typeof useProposalReview>;
