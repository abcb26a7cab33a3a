/**
 * The map as two tables, stakeholders and relationships, under the same filters: the way to use the
 * atlas by keyboard or screen reader. Choosing a name selects it and opens its details. Editors can
 * list only the bodies still to classify (type unclassified or sector unknown, as imports leave them).
 */
import { useState } from 'react';
import { isToClassify } from '../../../core/vocabulary.ts';
import { useSession } from '../../session/session.ts';
import { KIND_LABELS, FAMILY_STYLES, relationshipWords, typeWords } from '../../graph/palette.ts';
import { dispatch, useAtlasState } from '../../state/store.ts';
import { useNameOf, useVisible } from '../../state/hooks.ts';
import { formatConfidence, formatPeriod } from '../../ui/format.ts';
import { SortHeader } from './SortHeader.tsx';
import { nextSort, sortRows, type Sort } from './sorting.ts';

type NodeColumn = 'name' | 'kind' | 'type' | 'sector' | 'degree';
type EdgeColumn = 'source' | 'type' | 'target' | 'family' | 'period' | 'confidence';
type Visible = ReturnType<typeof useVisible>;

const NODE_COLUMNS: [NodeColumn, string][] = [
  ['name', 'Name'],
  ['kind', 'Kind'],
  ['type', 'Type'],
  ['sector', 'Sector'],
  ['degree', 'Relationships'],
];
const EDGE_COLUMNS: [EdgeColumn, string][] = [
  ['source', 'From'],
  ['type', 'Relationship'],
  ['target', 'To'],
  ['family', 'Family'],
  ['period', 'When'],
  ['confidence', 'Confidence'],
];

const select = (id: string) => dispatch({ type: 'select', id });

export function TableView() {
  const visible = useVisible();
  const { canEdit } = useSession();
  const [toClassify, setToClassify] = useState(false);
  const listed =
    canEdit && toClassify ? visible.nodes.filter((node) => node.kind === 'BODY' && isToClassify(node)) : visible.nodes;

  return (
    <div className="table-view" data-testid="table-view">
      {canEdit && (
        <label className="check">
          <input type="checkbox" checked={toClassify} onChange={(event) => setToClassify(event.target.checked)} />
          To classify only: bodies whose type is unclassified or sector unknown
        </label>
      )}
      <StakeholderTable listed={listed} caption={canEdit && toClassify ? 'Stakeholders to classify' : 'Stakeholders'} />

      <RelationshipTable listed={visible.edges} />
      {listed.length === 0 && <p className="empty">Nothing to list under the current filters.</p>}
    </div>
  );
}

function SortHeaders<K extends string>({
  columns,
  sort,
  onSort,
}: {
  columns: [K, string][];
  sort: Sort<K>;
  onSort: (next: Sort<K>) => void;
}) {
  return (
    <thead>
      <tr>
        {columns.map(([column, label]) => (
          <SortHeader
            key={column}
            label={label}
            column={column}
            sort={sort}
            onSort={(key) => onSort(nextSort(sort, key))}
          />
        ))}
      </tr>
    </thead>
  );
}

function StakeholderTable({ listed, caption }: { listed: Visible['nodes']; caption: string }) {
  const selection = useAtlasState((state) => state.selection);
  const [sort, setSort] = useState<Sort<NodeColumn>>({ key: 'degree', direction: 'descending' });
  const nodes = sortRows(listed, sort, (node, key) =>
    key === 'degree' ? node.degree : key === 'kind' ? KIND_LABELS[node.kind] : (node[key] ?? ''),
  );
  return (
    <table>
      <caption>
        {caption} <span className="count">{nodes.length}</span>
      </caption>
      <SortHeaders columns={NODE_COLUMNS} sort={sort} onSort={setSort} />
      <tbody>
        {nodes.map((node) => (
          <tr key={node.id} className={selection === node.id ? 'selected' : undefined}>
            <th scope="row">
              <button type="button" className="link" onClick={() => select(node.id)}>
                {node.name}
              </button>
              {selection === node.id && <span className="visually-hidden"> (selected)</span>}
            </th>
            <td>{KIND_LABELS[node.kind]}</td>
            <td>{node.type ? typeWords(node.type) : '—'}</td>
            <td>{node.sector ? typeWords(node.sector) : '—'}</td>
            <td className="number">{node.degree}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RelationshipTable({ listed }: { listed: Visible['edges'] }) {
  const selection = useAtlasState((state) => state.selection);
  const nameOf = useNameOf();
  const [sort, setSort] = useState<Sort<EdgeColumn>>({ key: 'source', direction: 'ascending' });
  const edges = sortRows(listed, sort, (edge, key) => {
    if (key === 'source' || key === 'target') return nameOf(edge[key]);
    if (key === 'period') return edge.validFrom ?? '';
    if (key === 'confidence') return edge.confidence;
    return edge[key];
  });
  return (
    <table>
      <caption>
        Relationships <span className="count">{edges.length}</span>
      </caption>
      <SortHeaders columns={EDGE_COLUMNS} sort={sort} onSort={setSort} />
      <tbody>
        {edges.map((edge) => (
          <tr key={edge.id} className={selection === edge.id ? 'selected' : undefined}>
            <td>
              <button type="button" className="link" onClick={() => select(edge.source)}>
                {nameOf(edge.source)}
              </button>
            </td>
            <th scope="row">
              <button type="button" className="link" onClick={() => select(edge.id)}>
                {relationshipWords(edge.type)}
              </button>
              {edge.role && <span className="muted"> ({edge.role})</span>}
              {selection === edge.id && <span className="visually-hidden"> (selected)</span>}
            </th>
            <td>
              <button type="button" className="link" onClick={() => select(edge.target)}>
                {nameOf(edge.target)}
              </button>
            </td>
            <td>{FAMILY_STYLES[edge.family].label}</td>
            <td>{formatPeriod(edge.validFrom, edge.validTo)}</td>
            <td>{formatConfidence(edge.confidence)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
