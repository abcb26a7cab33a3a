/** What a period changed in the network: stakeholders created, retired or renamed, relationships gained, ended or edited. */
import { useQuery } from '@tanstack/react-query';
import { NetworkDiffDocument, type DiffChange } from '../../api/generated/operations.ts';
import { operationQuery } from '../../api/queries.ts';
import { diffVariables, markOf, type DiffLine } from '../../state/diff.ts';
import { dispatch } from '../../state/store.ts';
import { fieldText } from '../../ui/ChangeLine.tsx';

const WORDS: Record<DiffChange, string> = {
  CREATED: 'created',
  RETIRED: 'retired',
  RESTORED: 'restored',
  RENAMED: 'renamed',
  EDITED: 'edited',
  GAINED: 'gained',
  ENDED: 'ended',
};

function title(line: DiffLine): string {
  const name = (id: string | null) => line.entities.find((entity) => entity.id === id)?.name ?? id ?? '?';
  if (line.kind === 'RELATIONSHIP') return `${name(line.source)} → ${name(line.target)}, ${line.label}`;
  return line.label;
}

export function NetworkDiffList({
  from,
  to,
  disabled,
  onShowOnMap,
}: {
  from: string;
  to: string;
  disabled: boolean;
  onShowOnMap: () => void;
}) {
  const period = from ? diffVariables({ from, to: to || null }) : { from: '' };
  const diff = useQuery({ ...operationQuery(NetworkDiffDocument, period), enabled: !!from && !disabled });
  const lines = diff.data?.networkDiff.entries ?? [];
  return (
    <section aria-labelledby="diff-heading" className="changes-diff" data-testid="network-diff">
      <h3 id="diff-heading">
        The network over the period {diff.data && <span className="count">{lines.length}</span>}
      </h3>
      {!from && <p className="muted">Choose a “From” date to compare the network between two dates.</p>}
      {diff.error && (
        <p className="error" role="alert">
          {diff.error.message}
        </p>
      )}
      {diff.data && lines.length === 0 && <p className="empty">Nothing in the network changed over the period.</p>}
      {lines.length > 0 && (
        <button type="button" onClick={onShowOnMap} data-testid="diff-on-map">
          Show on map
        </button>
      )}
      <ul className="diff-list">
        {lines.map((line) => (
          <li
            key={`${line.kind} ${line.id}`}
            className={`diff-line diff-${markOf(line.change)}`}
            data-testid="diff-line"
          >
            <span className="diff-change">{WORDS[line.change]}</span>{' '}
            <button
              type="button"
              className="link"
              onClick={() => {
                dispatch({ type: 'setView', view: 'map' });
                dispatch({ type: 'select', id: line.id, focus: true });
              }}
            >
              {title(line)}
            </button>
            <span className="muted">
              {' '}
              by {line.actors.join(', ')}
              {line.count > 1 ? ` (${line.count} changes)` : ''}
            </span>
            {line.change !== 'CREATED' && line.change !== 'GAINED' && line.before && line.after && (
              <ul className="change-fields">
                {line.fields.map((field) => (
                  <li key={field.field}>
                    <span className="change-field">{field.field}</span> <del>{fieldText(field.before)}</del> →{' '}
                    <ins>{fieldText(field.after)}</ins>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
