/** The words in the sources behind a fact: quote, source title, date and whether it is estimated. */
import type { CitationFieldsFragment } from '../../api/generated/operations.ts';
import { formatPartialDate } from '../../ui/format.ts';

export function Citations({ citations }: { citations: readonly CitationFieldsFragment[] }) {
  if (citations.length === 0) return <p className="muted">No citation.</p>;
  return (
    <ul className="citations" aria-label="Citations">
      {citations.map((citation, index) => (
        <li key={`${citation.source.id}-${index}`} className="citation">
          <blockquote className="citation-quote">“{citation.quote}”</blockquote>
          <p className="citation-source">
            <cite>{citation.source.title}</cite>, {formatPartialDate(citation.source.date)}
            {citation.source.dateEstimated && <span className="tag">date estimated</span>}
          </p>
          {citation.note && <p className="citation-note">Note: {citation.note}</p>}
        </li>
      ))}
    </ul>
  );
}
