/**
 * The preview: what importing would do (counts), the problems by file and cause (one line per cause,
 * with its count and the decision that settles it, opening to its rows), and
 * each stakeholder row's outcome, a page at a time, with a choice for each possible duplicate.
 */
import { useState } from 'react';
import {
  decide,
  outcomeWords,
  pageOfRows,
  plural,
  problemsByCause,
  problemWords,
  type Decisions,
  type ImportReport,
  type ImportRow,
  type RowFilter,
} from './import-draft.ts';

const PAGE_SIZE = 50;
/** Rows listed under one cause when it is opened; the count says how many there are. */
const ROWS_SHOWN = 100;

const KIND_WORDS = { BODY: 'body', PERSON: 'person', PROGRAMME: 'programme' } as const;

export function PreviewStep({
  report,
  decisions,
  onDecide,
  busy,
  onBack,
  onImport,
}: {
  report: ImportReport;
  decisions: Decisions;
  onDecide: (next: Decisions) => void;
  busy: boolean;
  onBack: () => void;
  onImport: () => void;
}) {
  const { problems } = report;
  const blocked = problems.length > 0;

  return (
    <div className="import-preview">
      <ImportCounts counts={report.counts} />
      {report.notes.length > 0 && (
        <ul className="import-notes" data-testid="import-notes">
          {report.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {!report.lookedForDuplicates && (
        <p className="notice">
          The files and the atlas are too large to look for possible duplicates; exact matches were still found.
        </p>
      )}

      {blocked && <ImportProblems problems={problems} />}

      <StakeholderRows rows={report.stakeholders} decisions={decisions} onDecide={onDecide} />

      <div className="action-row import-actions">
        <button type="button" onClick={onBack}>
          Back: mapping
        </button>
        <button
          type="button"
          className="primary"
          disabled={blocked || busy}
          aria-describedby="import-why"
          onClick={onImport}
        >
          Import
        </button>
        <span id="import-why" className={blocked ? 'error' : 'muted'}>
          {blocked
            ? `Fix the ${plural(problems.length, 'problem')} first: change the mapping, or the files.`
            : busy
              ? 'Wait for the preview to finish.'
              : 'Writes everything as one change, or nothing.'}
        </span>
      </div>
    </div>
  );
}

function ImportCounts({ counts }: { counts: ImportReport['counts'] }) {
  const items: [string, number][] = [
    ['New stakeholders', counts.newStakeholders],
    ['Match stakeholders in the atlas', counts.matchedStakeholders],
    ['Possible duplicates', counts.possibleDuplicates],
    ['Relationships', counts.relationships],
  ];
  return (
    <dl className="import-counts" data-testid="import-counts">
      {items.map(([term, count]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{count.toLocaleString('en-GB')}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The problems by file, one line per cause with its count and the decision that settles it. */
function ImportProblems({ problems }: { problems: ImportReport['problems'] }) {
  return (
    <section className="import-problems" aria-labelledby="import-problems-heading" data-testid="import-problems">
      <h4 id="import-problems-heading">
        {plural(problems.length, 'problem')}: nothing is imported until they are fixed
      </h4>
      {problemsByCause(problems).map((group) => (
        <div key={group.file}>
          <h5>{group.file}</h5>
          <ul className="import-causes">
            {group.causes.map((cause) => (
              <ProblemCause key={cause.cause} cause={cause} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** One cause, opening to its rows (the first ROWS_SHOWN of them). */
function ProblemCause({ cause }: { cause: ReturnType<typeof problemsByCause>[number]['causes'][number] }) {
  return (
    <li data-testid="import-problem-cause">
      <details>
        <summary>
          <strong>{cause.cause}</strong> (
          {plural(cause.problems.length, cause.problems.every((problem) => problem.record) ? 'row' : 'problem')}).{' '}
          <span className="import-decision">{cause.decision}</span>
        </summary>
        <ul>
          {cause.problems.slice(0, ROWS_SHOWN).map((problem, index) => (
            <li key={index}>{problemWords(problem)}</li>
          ))}
        </ul>
        {cause.problems.length > ROWS_SHOWN && (
          <p className="muted">and {cause.problems.length - ROWS_SHOWN} more rows.</p>
        )}
      </details>
    </li>
  );
}

interface RowsProps {
  rows: ImportRow[];
  decisions: Decisions;
  onDecide: (next: Decisions) => void;
}

/** Each stakeholder row's outcome, filtered by outcome, a page at a time. */
function StakeholderRows({ rows, decisions, onDecide }: RowsProps) {
  const [filter, setFilter] = useState<RowFilter>('all');
  const [page, setPage] = useState(0);
  const shown = pageOfRows(rows, filter, decisions, page, PAGE_SIZE);
  return (
    <section aria-labelledby="import-rows-heading" data-testid="import-rows">
      <div className="import-rows-head">
        <h4 id="import-rows-heading">Stakeholder rows</h4>
        <label>
          Show{' '}
          <select
            value={filter}
            onChange={(event) => {
              setFilter(event.target.value as RowFilter);
              setPage(0);
            }}
          >
            <option value="all">all ({rows.length.toLocaleString('en-GB')})</option>
            <option value="NEW">new</option>
            <option value="MATCHES">matches</option>
            <option value="POSSIBLE_DUPLICATE">possible duplicates</option>
          </select>
        </label>
      </div>
      {shown.total === 0 ? (
        <p className="muted">No rows to show.</p>
      ) : (
        <RowsTable rows={shown.rows} decisions={decisions} onDecide={onDecide} />
      )}
      {shown.pages > 1 && (
        <nav className="action-row" aria-label="Pages of rows">
          <button type="button" disabled={shown.page === 0} onClick={() => setPage(shown.page - 1)}>
            Previous
          </button>
          <span>
            Page {shown.page + 1} of {shown.pages} ({shown.total.toLocaleString('en-GB')} rows)
          </span>
          <button type="button" disabled={shown.page >= shown.pages - 1} onClick={() => setPage(shown.page + 1)}>
            Next
          </button>
        </nav>
      )}
    </section>
  );
}

function RowsTable({ rows, decisions, onDecide }: RowsProps) {
  return (
    <table className="import-rows">
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Name</th>
          <th scope="col">Kind</th>
          <th scope="col">Outcome</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.row} data-outcome={decisions[row.row] ? 'DECIDED' : row.outcome}>
            <td className="muted">{row.row}</td>
            <th scope="row">{row.name}</th>
            <td>{KIND_WORDS[row.kind]}</td>
            <td>
              <Outcome row={row} decisions={decisions} onDecide={onDecide} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Outcome({
  row,
  decisions,
  onDecide,
}: {
  row: ImportRow;
  decisions: Decisions;
  onDecide: (next: Decisions) => void;
}) {
  const decision = decisions[row.row];
  const words = outcomeWords(row, decision);
  if (row.outcome !== 'POSSIBLE_DUPLICATE' && !decision) return <span>{words}</span>;
  const match = decision?.match ?? row.match!;
  const name = `decide-${row.row}`;
  return (
    <div className="import-decision">
      <span>
        possible duplicate of <strong>{match.name}</strong>
        {(decision?.reason ?? row.reason) ? `, because ${decision?.reason ?? row.reason}` : ''}
      </span>
      <div role="radiogroup" aria-label={`${row.name}: the same as ${match.name}, or a new stakeholder?`}>
        <label>
          <input
            type="radio"
            name={name}
            checked={decision?.entityId === match.id}
            onChange={() => onDecide(decide(decisions, row, true, decision))}
          />{' '}
          Same as {match.name}
        </label>
        <label>
          <input
            type="radio"
            name={name}
            checked={decision !== undefined && decision.entityId === null}
            onChange={() => onDecide(decide(decisions, row, false, decision))}
          />{' '}
          New stakeholder
        </label>
      </div>
      {decision ? (
        <span className="import-decided">Decided: {words}</span>
      ) : (
        <span className="hint">Undecided rows become new stakeholders.</span>
      )}
    </div>
  );
}
