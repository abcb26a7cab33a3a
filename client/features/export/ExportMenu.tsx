/**
 * Export the view: PNG, SVG, Cytoscape JSON of the drawn map, the network under the view's filters
 * from the server (GraphML, GEXF, Kumu, CSV), or the GraphQL query behind it.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
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
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const exports = useExports(() => setOpen(false));
  useCloseOnPressOutside(open, menu, () => setOpen(false));

  return (
    <div className="menu" ref={menu} onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button type="button" aria-expanded={open} aria-controls="export-menu" onClick={() => setOpen(!open)}>
        Export
      </button>
      <div id="export-menu" className="menu-items" hidden={!open}>
        <button type="button" onClick={() => void exports.fromMap('png')}>
          Image (PNG)
        </button>
        <button type="button" onClick={() => void exports.fromMap('svg')}>
          Vector image (SVG)
        </button>
        <button type="button" onClick={() => void exports.fromMap('json')}>
          Cytoscape JSON
        </button>
        {SERVER_EXPORTS.map(([name, label]) => (
          <button key={name} type="button" onClick={() => void exports.fromServer(name)}>
            {label}
          </button>
        ))}
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            dialog.current?.showModal();
          }}
        >
          GraphQL query…
        </button>
      </div>
      {exports.problem && (
        <p className="toast error" role="alert">
          {exports.problem}
        </p>
      )}
      <QueryDialog dialog={dialog} query={queryBehindView(state)} />
    </div>
  );
}

/** The downloads, and what went wrong with the last one; each first closes the menu. */
function useExports(closeMenu: () => void) {
  const state = useAtlasState((value) => value);
  const graphView = useAtlas((store) => store.graphView);
  const [problem, setProblem] = useState<string | null>(null);

  /** The drawn map: PNG, SVG or Cytoscape JSON. */
  async function fromMap(kind: 'png' | 'svg' | 'json') {
    closeMenu();
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
  async function fromServer(name: ExportFileName) {
    closeMenu();
    setProblem(null);
    const { path, fileName } = networkExport(name, state);
    try {
      download(await fetchFile(path), fileName);
    } catch (error) {
      setProblem(`Export failed: ${(error as Error).message}`);
    }
  }
  return { problem, fromMap, fromServer };
}

function useCloseOnPressOutside(open: boolean, frame: RefObject<HTMLElement | null>, close: () => void) {
  useEffect(() => {
    if (!open) return;
    const onPress = (event: MouseEvent) => {
      if (!frame.current?.contains(event.target as Node)) close();
    };
    document.addEventListener('mousedown', onPress);
    return () => document.removeEventListener('mousedown', onPress);
  }, [open]);
}

/** The GraphQL query behind the view, to copy; its "Copied" status is cleared when it closes. */
function QueryDialog({ dialog, query }: { dialog: RefObject<HTMLDialogElement | null>; query: string }) {
  const [copied, setCopied] = useState<string | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(query);
      setCopied('Copied to the clipboard.');
    } catch {
      setCopied('Select the text and copy it (the browser did not allow copying).');
    }
  }

  return (
    <dialog ref={dialog} className="query-dialog" aria-labelledby="query-title" onClose={() => setCopied(null)}>
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
  );
}
