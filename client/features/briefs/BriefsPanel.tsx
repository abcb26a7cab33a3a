/** The Briefs panel: briefs by meeting day (each opens its page), and for editors a new brief. */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { BriefsDocument } from '../../api/generated/operations.ts';
import { operationQuery } from '../../api/queries.ts';
import { useSession } from '../../session/session.ts';
import { dispatch } from '../../state/store.ts';
import { formatPartialDate } from '../../ui/format.ts';
import { BriefForm } from './BriefForm.tsx';

const briefsQuery = operationQuery(BriefsDocument, {});

export function BriefsPanel() {
  const { canEdit } = useSession();
  const briefs = useQuery(briefsQuery);
  const [writing, setWriting] = useState(false);
  const open = (id: string) => dispatch({ type: 'openBrief', id });

  return (
    <section className="briefs-panel" aria-label="Briefing packs">
      <p className="hint">
        A brief for a meeting: who they are, why they matter, our relationship and routes valid on the day, each fact
        footnoted. Print it or download it as PDF.
      </p>
      {canEdit &&
        (writing ? (
          <BriefForm onSaved={open} onCancel={() => setWriting(false)} />
        ) : (
          <button type="button" onClick={() => setWriting(true)}>
            New brief…
          </button>
        ))}
      {briefs.error && <p className="error">Could not read the briefs: {briefs.error.message}</p>}
      {briefs.data && briefs.data.briefs.length === 0 && <p className="hint">No briefs yet.</p>}
      <ul className="brief-list">
        {briefs.data?.briefs.map((brief) => (
          <li key={brief.id}>
            <button type="button" className="link" onClick={() => open(brief.id)}>
              {brief.title}
            </button>
            <span className="small">
              {' '}
              {formatPartialDate(brief.meetingDate)} · {brief.stakeholders.map((s) => s.name).join(', ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
