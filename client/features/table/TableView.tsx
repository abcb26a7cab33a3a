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

export function TableView() {
  const state = useAtlasState((value) => value);
  const visible = useVisible();
  const nameOf = useNameOf();
  const [nodeSort, setNodeSort] = useState<Sort<NodeColumn>>({ key: 'degree', direction: 'descending' });
  const [edgeSort, setEdgeSort] = useState<Sort<EdgeColumn>>({ key: 'source', direction: 'ascending' });
  const { canEdit } = useSession();
  const [toClassify, setToClassify] = useState(false);
  const listed =
    canEdit && toClassify ? visible.nodes.filter((node) => node.kind === 'BODY' && isToClassify(node)) : visible.nodes;

  const nodes = sortRows(listed, nodeSort, (node, key) =>
    key === 'degree' ? node.degree : key === 'kind' ? KIND_LABELS[node.kind] : (node[key] ?? ''),
  );
  const edges = sortRows(visible.edges, edgeSort, (edge, key) => {
    if (key === 'source' || key === 'target') return nameOf(edge[key]);
    if (key === 'period') return edge.validFrom ?? '';
    if (key === 'confidence') return edge.confidence;
    return edge[key];
  });
  const select = (id: string) => dispatch({ type: 'select', id });

  return (
    <div className="table-view" data-testid="table-view">
      {canEdit && (
        <label className="check">
          <input type="checkbox" checked={toClassify} onChange={(event) => setToClassify(event.target.checked)} />
          To classify only: bodies whose type is unclassified or sector unknown
        </label>
      )}
      <table>
        <caption>
          {canEdit && toClassify ? 'Stakeholders to classify' : 'Stakeholders'}{' '}
          <span className="count">{nodes.length}</span>
        </caption>
        <thead>
          <tr>
            <SortHeader
              label="Name"
              column="name"
              sort={nodeSort}
              onSort={(key) => setNodeSort(nextSort(nodeSort, key))}
            />
            <SortHeader
              label="Kind"
              column="kind"
              sort={nodeSort}
              onSort={(key) => setNodeSort(nextSort(nodeSort, key))}
            />
            <SortHeader
              label="Type"
              column="type"
              sort={nodeSort}
              onSort={(key) => setNodeSort(nextSort(nodeSort, key))}
            />
            <SortHeader
              label="Sector"
              column="sector"
              sort={nodeSort}
              onSort={(key) => setNodeSort(nextSort(nodeSort, key))}
            />
            <SortHeader
              label="Relationships"
              column="degree"
              sort={nodeSort}
              onSort={(key) => setNodeSort(nextSort(nodeSort, key))}
            />
          </tr>
        </thead>
        <tbody>
          {nodes.map((node) => (
            <tr key={node.id} className={state.selection === node.id ? 'selected' : undefined}>
              <th scope="row">
                <button type="button" className="link" onClick={() => select(node.id)}>
                  {node.name}
                </button>
                {state.selection === node.id && <span className="visually-hidden"> (selected)</span>}
              </th>
              <td>{KIND_LABELS[node.kind]}</td>
              <td>{node.type ? typeWords(node.type) : '—'}</td>
              <td>{node.sector ? typeWords(node.sector) : '—'}</td>
              <td className="number">{node.degree}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <table>
        <caption>
          Relationships <span className="count">{edges.length}</span>
        </caption>
        <thead>
          <tr>
            <SortHeader
              label="From"
              column="source"
              sort={edgeSort}
              onSort={(key) => setEdgeSort(nextSort(edgeSort, key))}
            />
            <SortHeader
              label="Relationship"
              column="type"
              sort={edgeSort}
              onSort={(key) => setEdgeSort(nextSort(edgeSort, key))}
            />
            <SortHeader
              label="To"
              column="target"
              sort={edgeSort}
              onSort={(key) => setEdgeSort(nextSort(edgeSort, key))}
            />
            <SortHeader
              label="Family"
              column="family"
              sort={edgeSort}
              onSort={(key) => setEdgeSort(nextSort(edgeSort, key))}
            />
            <SortHeader
              label="When"
              column="period"
              sort={edgeSort}
              onSort={(key) => setEdgeSort(nextSort(edgeSort, key))}
            />
            <SortHeader
              label="Confidence"
              column="confidence"
              sort={edgeSort}
              onSort={(key) => setEdgeSort(nextSort(edgeSort, key))}
            />
          </tr>
        </thead>
        <tbody>
          {edges.map((edge) => (
            <tr key={edge.id} className={state.selection === edge.id ? 'selected' : undefined}>
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
                {state.selection === edge.id && <span className="visually-hidden"> (selected)</span>}
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
      {nodes.length === 0 && <p className="empty">Nothing to list under the current filters.</p>}
    </div>
  );
}
