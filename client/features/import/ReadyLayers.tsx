/**
 * The Import dialog's ready-made layers: public datasets the atlas imports in one step. "Check" lists
 * what the layer would change (a dry run); "Import" writes it. Importing a layer again changes nothing.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ImportLayerDocument, ReadyLayersDocument, type ImportLayerMutation } from '../../api/generated/operations.ts';
import { mutate, operationQuery } from '../../api/queries.ts';
import { plural } from './import-draft.ts';

type LayerReport = ImportLayerMutation['importLayer'];

const CHANGES_SHOWN = 12;

/** Values the layer left out (damaged names in the dataset), one paragraph per cause with its rows. */
function LeftOut({ leftOut }: { leftOut: LayerReport['leftOut'] }) {
  const byCause = new Map<string, LayerReport['leftOut']>();
  for (const item of leftOut) {
    const key = `${item.field}: ${item.cause ?? item.reason}`;
    byCause.set(key, [...(byCause.get(key) ?? []), item]);
  }
  return [...byCause].map(([cause, items]) => (
    <div key={cause} className="hint layer-left-out">
      <p>
        Left out {plural(items.length, 'value')} of the dataset, {cause}
      </p>
      <ul>
        {items.slice(0, CHANGES_SHOWN).map((item, index) => (
          <li key={index}>
            {item.row}: {item.reason}
          </li>
        ))}
      </ul>
    </div>
  ));
}

function Summary({ report }: { report: LayerReport }) {
  const count = (what: string, action: string) =>
    report.changes.filter((change) => change.what === what && change.action === action).length;
  if (report.problems.length > 0) {
    return (
      <div role="alert" className="error">
        <p>The layer’s file has {plural(report.problems.length, 'problem')}; nothing was written:</p>
        <ul>
          {report.problems.slice(0, CHANGES_SHOWN).map((problem, index) => (
            <li key={index}>
              {[problem.row, problem.field].filter(Boolean).join(', ')}: {problem.reason}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="layer-report" role="status">
      <p>
        {report.written ? 'Imported: ' : 'Importing would make: '}
        {plural(count('entity', 'new'), 'new stakeholder')}, {plural(count('entity', 'update'), 'updated stakeholder')},{' '}
        {plural(count('relationship', 'new') + count('relationship', 'update'), 'new or updated relationship')}.{' '}
        {report.changes.length === 0 && 'Nothing to change: the atlas holds this version already.'}
      </p>
      <LeftOut leftOut={report.leftOut} />
      {report.matched.length > 0 && (
        <p className="hint">
          Matched {plural(report.matched.length, 'stakeholder')} already in the atlas instead of adding them again:{' '}
          {report.matched.map((match) => match.name).join(', ')}.
        </p>
      )}
      {report.changes.length > 0 && (
        <ul className="layer-changes">
          {report.changes.slice(0, CHANGES_SHOWN).map((change) => (
            <li key={`${change.what} ${change.id}`}>
              {change.action} {change.what}: {change.name}
              {change.fields.length > 0 && <span className="muted"> ({change.fields.join(', ')})</span>}
            </li>
          ))}
          {report.changes.length > CHANGES_SHOWN && <li>… and {report.changes.length - CHANGES_SHOWN} more</li>}
        </ul>
      )}
      {report.keptEdited > 0 && (
        <p className="hint">{plural(report.keptEdited, 'record')} edited in the atlas since are kept as they are.</p>
      )}
    </div>
  );
}

export function ReadyLayers() {
  const layers = useQuery(operationQuery(ReadyLayersDocument, {}));
  const [busy, setBusy] = useState<string | null>(null);
  const [reports, setReports] = useState<Record<string, LayerReport>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (name: string, dryRun: boolean) => {
    setBusy(name);
    setFailure(null);
    try {
      const data = await mutate(ImportLayerDocument, { name, dryRun }, dryRun ? [] : ['graph']);
      setReports((old) => ({ ...old, [name]: data.importLayer }));
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setBusy(null);
    }
  };
  if (!layers.data || layers.data.readyLayers.length === 0) return null;
  return (
    <section className="ready-layers" aria-labelledby="ready-layers-heading">
      <h3 id="ready-layers-heading">Ready-made layers</h3>
      {layers.data.readyLayers.map((layer) => (
        <article key={layer.name} className="ready-layer" aria-label={layer.title}>
          <h4>{layer.title}</h4>
          <p>{layer.description}</p>
          <p className="hint">
            Version {layer.version} of {layer.date}, by {layer.publisher} (
            <a href={layer.url} target="_blank" rel="noreferrer">
              source
            </a>
            ), {layer.licence}. Every fact cites it.
          </p>
          <div className="actions">
            <button type="button" className="secondary" disabled={busy !== null} onClick={() => run(layer.name, true)}>
              {busy === layer.name ? 'Working…' : 'Check what it changes'}
            </button>
            <button type="button" disabled={busy !== null} onClick={() => run(layer.name, false)}>
              Import {layer.title}
            </button>
          </div>
          {reports[layer.name] && <Summary report={reports[layer.name]!} />}
        </article>
      ))}
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}
