/** The first step: the source the facts cite, then the files, dropped or chosen. */
import { useState, type RefObject } from 'react';
import { ReadyLayers } from './ReadyLayers.tsx';
import type { CitableSource } from './useImport.ts';

const ACCEPT = '.csv,.xlsx,.graphml,.gexf,.json,.cyjs,.yaml,.yml';

export function FilesStep({
  heading,
  files,
  sources,
  sourceId,
  onCite,
  onChoose,
}: {
  heading: RefObject<HTMLHeadingElement | null>;
  files: File[];
  sources: CitableSource[];
  sourceId: string | null;
  onCite: (sourceId: string | null) => void;
  onChoose: (files: FileList | null) => void;
}) {
  const [dragging, setDragging] = useState(false);
  return (
    <section aria-labelledby="import-files-heading">
      <h3 id="import-files-heading" ref={heading} tabIndex={-1}>
        Choose the files
      </h3>
      <SourcePicker sources={sources} sourceId={sourceId} onCite={onCite} />
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        data-testid="import-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          onChoose(event.dataTransfer.files);
        }}
      >
        <p>Drop files here, or</p>
        <label className="file-choice">
          Choose files
          <input
            type="file"
            multiple
            accept={ACCEPT}
            aria-describedby="import-formats"
            onChange={(event) => onChoose(event.target.files)}
          />
        </label>
        <p className="hint" id="import-formats">
          Kumu CSV or XLSX (elements and connections), GraphML, GEXF, Cytoscape.js JSON, Kumu JSON or Atlas data files.
          Nothing is written until you confirm.
        </p>
      </div>
      {files.length === 0 && <ReadyLayers />}
      {files.length > 0 && (
        <ul className="import-files">
          {files.map((file) => (
            <li key={file.name}>
              {file.name} <span className="muted">({formatBytes(file.size)})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Which source the imported facts cite: each file its own (the default), or an existing one without text. */
function SourcePicker({
  sources,
  sourceId,
  onCite,
}: {
  sources: CitableSource[];
  sourceId: string | null;
  onCite: (sourceId: string | null) => void;
}) {
  return (
    <div className="import-source">
      <label>
        Source the facts cite{' '}
        <select
          value={sourceId ?? ''}
          aria-describedby="import-source-hint"
          onChange={(event) => onCite(event.target.value || null)}
        >
          <option value="">Each file becomes its own source</option>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {[source.title, source.publisher, source.date].filter(Boolean).join(' · ')}
            </option>
          ))}
        </select>
      </label>
      <p className="hint" id="import-source-hint">
        Or cite a source you added without a text (a meeting note, a call): every stakeholder and relationship of the
        files then cites it.
      </p>
    </div>
  );
}

function formatBytes(size: number): string {
  if (size < 1024) return `${size} bytes`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}
