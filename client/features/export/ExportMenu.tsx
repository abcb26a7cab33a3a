/**
 * Export the view: PNG, SVG, Cytoscape JSON of the drawn map, the network under the view's filters
 * from the server (GraphML, GEXF, Kumu, CSV), or the GraphQL query behind it.
 */
import { useEffect, useRef, useState } from 'react';
import { fetchFile } from '../../api/request.ts';
import type { ExportFileName } from '../../../core/export/formats.ts';
import { useAtlas, useAtlasState } from '../../state/store.ts';
import { download, exportName } from '../../ui/download.ts';
import { networkExport } from './networkExport.ts';
import { queryBehindView } from './queryBehindView.ts';

const SERVER_EXPORTS: [ExportFileName, string][] = [
  ['graphml', 'GraphML (Gephi, NetworkX)'],
  ['gexf', 'GEXF 1.3 (Gephi, Gephi Lite)'],
  ['kumu', 'Kumu JSON'],
  ['entities', 'Stakeholders CSV'],
  ['relationships', 'Relationships CSV'],
];

export function ExportMenu() {
  const state = useAtlasState((value) => value);
  const graphView = useAtlas((store) => store.graphView);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const query = queryBehindView(state);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  async function run(kind: 'png' | 'svg' | 'json') {
    setOpen(false);
    setProblem(null);
    const view = graphView;
    if (!view) return setProblem('The map is not ready yet.');
    try {
      if (kind === 'png') download(await view.exportPng(), exportName(state.asOf, 'png'));
      if (kind === 'svg') download(await view.exportSvg(), exportName(state.asOf, 'svg'), 'image/svg+xml');
      if (kind === 'json')
        download(
          JSON.stringify(view.exportJson(), null, 2),
          exportName(state.asOf, 'cytoscape.json'),
          'application/json',
        );
    } catch (error) {
      setProblem(`Export failed: ${(error as Error).message}`);
    }
  }

  /** The whole network under the view's filters, as the server writes it (with the bearer token). */
  async function fetchExport(name: ExportFileName) {
    setOpen(false);
    setProblem(null);
    const { path, fileName } = networkExport(name, state);
    try {
      download(await fetchFile(path), fileName);
    } catch (error) {
      setProblem(`Export failed: ${(error as Error).message}`);
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(query);
      setCopied('Copied to the clipboard.');
    } catch {
      setCopied('Select the text and copy it (the browser did not allow copying).');
    }
  }

  return (
    <div className="menu" ref={menu} onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button type="button" aria-expanded={open} aria-controls="export-menu" onClick={() => setOpen(!open)}>
        Export
      </button>
      <div id="export-menu" className="menu-items" hidden={!open}>
        <button type="button" onClick={() => void run('png')}>
          Image (PNG)
        </button>
        <button type="button" onClick={() => void run('svg')}>
          Vector image (SVG)
        </button>
        <button type="button" onClick={() => void run('json')}>
          Cytoscape JSON
        </button>
        {SERVER_EXPORTS.map(([name, label]) => (
          <button key={name} type="button" onClick={() => void fetchExport(name)}>
            {label}
          </button>
        ))}
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            setCopied(null);
            dialog.current?.showModal();
          }}
        >
          GraphQL query…
        </button>
      </div>
      {problem && (
        <p className="toast error" role="alert">
          {problem}
        </p>
      )}
      <dialog ref={dialog} className="query-dialog" aria-labelledby="query-title">
        <h2 id="query-title">The GraphQL query behind this view</h2>
        <p className="hint">POST it to /graphql, or paste it into GraphiQL at /graphql.</p>
        <textarea readOnly value={query} rows={18} aria-label="GraphQL query and variables" spellCheck={false} />
        <div className="action-row">
          <button type="button" className="primary" onClick={() => void copy()}>
            Copy
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
          <span role="status">{copied}</span>
        </div>
      </dialog>
    </div>
  );
}
