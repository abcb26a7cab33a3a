/**
 * A brief's page, at its own address (?brief=<id>): what we wrote, then per stakeholder the pack's
 * sections, each fact with its footnote numbers (or marked uncited), the footnotes last. Printing
 * shows the page alone (briefs.css, @media print); the PDF comes from the server.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { BriefDocument, type BriefQuery } from '../../api/generated/operations.ts';
import { operationQuery } from '../../api/queries.ts';
import { fetchFile } from '../../api/request.ts';
import { useSession } from '../../session/session.ts';
import { dispatch } from '../../state/store.ts';
import { download } from '../../ui/download.ts';
import { formatPartialDate } from '../../ui/format.ts';
import { BriefForm } from './BriefForm.tsx';

type Pack = NonNullable<BriefQuery['brief']>['pack'];

function Line({ line }: { line: Pack['stakeholders'][number]['sections'][number]['lines'][number] }) {
  return (
    <li>
      {line.text}
      {line.notes.length > 0 && (
        <sup className="brief-notes">
          {line.notes.map((number, index) => (
            <span key={number}>
              {index > 0 && ', '}
              <a href={`#footnote-${number}`}>{number}</a>
            </span>
          ))}
        </sup>
      )}
      {line.uncited && <span className="brief-uncited"> (uncited: {line.uncited})</span>}
    </li>
  );
}

function PackView({ pack }: { pack: Pack }) {
  return (
    <>
      {pack.stakeholders.map((stakeholder) => (
        <section key={stakeholder.entityId} className="brief-stakeholder" aria-label={stakeholder.name}>
          <h2>{stakeholder.name}</h2>
          {stakeholder.sections.map((section) => (
            <div key={section.heading} className="brief-section">
              <h3>{section.heading}</h3>
              {section.lines.length > 0 && (
                <ul>
                  {section.lines.map((line, index) => (
                    <Line key={index} line={line} />
                  ))}
                </ul>
              )}
              {section.note && <p className="brief-note">{section.note}</p>}
            </div>
          ))}
        </section>
      ))}
      <section className="brief-footnotes" aria-label="Footnotes">
        <h2>Footnotes</h2>
        <ol>
          {pack.footnotes.map((note) => (
            <li key={note.number} id={`footnote-${note.number}`} value={note.number} data-source={note.source}>
              <cite>{note.title}</cite>
              {note.publisher ? ` (${note.publisher})` : ''}, {formatPartialDate(note.date)}: “{note.quote}”
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

export function BriefPage({ id }: { id: string }) {
  const { canEdit } = useSession();
  const answer = useQuery(operationQuery(BriefDocument, { id }));
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const brief = answer.data?.brief;
  const close = () => dispatch({ type: 'openBrief', id: null });

  async function downloadPdf() {
    setProblem(null);
    try {
      const name = `${brief?.title ?? 'brief'}-${brief?.meetingDate ?? ''}.pdf`.replace(/[^\w.-]+/g, '-');
      download(await fetchFile(`/export/brief.pdf?id=${encodeURIComponent(id)}`), name, 'application/pdf');
    } catch (error) {
      setProblem(`Could not download the PDF: ${(error as Error).message}`);
    }
  }

  return (
    <main className="brief-page" aria-label="Brief">
      <div className="brief-toolbar no-print">
        <button type="button" className="secondary" onClick={close}>
          ← Back to the atlas
        </button>
        {brief && (
          <>
            <button type="button" onClick={() => window.print()}>
              Print
            </button>
            <button type="button" onClick={() => void downloadPdf()}>
              Download PDF
            </button>
            {canEdit && !editing && (
              <button type="button" className="secondary" onClick={() => setEditing(true)}>
                Edit
              </button>
            )}
          </>
        )}
      </div>
      {problem && <p className="error no-print">{problem}</p>}
      {answer.isPending && <p className="hint">Reading the brief…</p>}
      {answer.error && <p className="error">Could not read the brief: {answer.error.message}</p>}
      {answer.data && !brief && <p className="error">There is no such brief (it may have been a mistyped link).</p>}
      {brief && editing && (
        <div className="no-print">
          <BriefForm brief={brief} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
        </div>
      )}
      {brief && (
        <article className="brief">
          <header>
            <h1>{brief.title}</h1>
            <p>
              Meeting on {formatPartialDate(brief.meetingDate)} with{' '}
              {brief.pack.stakeholders.map((s) => s.name).join(', ')}
            </p>
            <p className="brief-byline">
              Written by {brief.createdBy}; last edited by {brief.updatedBy}. Facts as on the meeting day, each with its
              footnote.
            </p>
          </header>
          <section className="brief-ours" aria-label="Our objectives and lines to take">
            <h2>Our objectives</h2>
            <p>{brief.objectives || '—'}</p>
            <h2>Lines to take</h2>
            <p>{brief.linesToTake || '—'}</p>
          </section>
          <PackView pack={brief.pack} />
        </article>
      )}
    </main>
  );
}
