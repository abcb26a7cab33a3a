/**
 * Import (editors): choose other tools' files (or drop them), check the mapping of their columns and
 * values, look at the preview (problems by file and row; each stakeholder row "new", "matches X" or
 * "possible duplicate of X, because …", decided by the user), then import. Every change of the
 * mapping or a decision asks previewImport again (debounced); nothing is written until "Import".
 */
import { useEffect, useRef, useState } from 'react';
import type { ImportMappingOrigin } from '../../api/generated/operations.ts';
import { dispatch } from '../../state/store.ts';
import { plural, type ImportReport } from './import-draft.ts';
import { MappingStep } from './MappingStep.tsx';
import { PreviewStep } from './PreviewStep.tsx';
import { ReadyLayers } from './ReadyLayers.tsx';
import { useImport, type Activity, type CitableSource, type Step } from './useImport.ts';

const ACCEPT = '.csv,.xlsx,.graphml,.gexf,.json,.cyjs,.yaml,.yml';
const STEPS: [Step, string][] = [
  ['files', 'Files'],
  ['mapping', 'Mapping'],
  ['preview', 'Preview'],
  ['done', 'Imported'],
];

const ORIGIN_WORDS: Record<ImportMappingOrigin, string> = {
  REMEMBERED: 'Remembered from your last import of files like these.',
  GUESSED: 'Guessed from the column names: check it.',
  GIVEN: 'As you set it.',
};

export function ImportButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        ref={opener}
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        Import…
      </button>
      <dialog
        ref={dialog}
        className="import-dialog"
        aria-labelledby="import-title"
        data-testid="import-dialog"
        onClose={() => {
          setOpen(false);
          opener.current?.focus();
        }}
      >
        {open && <ImportFlow close={() => dialog.current?.close()} dialog={dialog} />}
      </dialog>
    </>
  );
}

function ImportFlow({ close, dialog }: { close: () => void; dialog: React.RefObject<HTMLDialogElement | null> }) {
  const {
    step,
    setStep,
    files,
    sourceId,
    citableSources,
    report,
    origin,
    draft,
    decisions,
    activity,
    writing,
    failure,
    written,
    planned,
    choose,
    cite,
    change,
    runImport,
  } = useImport();
  const [dragging, setDragging] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  // Moving between steps takes the focus to the step's heading, so it is read out.
  useEffect(() => heading.current?.focus(), [step]);
  // While the import is written, Escape does not close: the server would write it all the same.
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const cancel = (event: Event) => {
      if (writing) event.preventDefault();
    };
    element.addEventListener('cancel', cancel);
    return () => element.removeEventListener('cancel', cancel);
  }, [writing, dialog]);

  return (
    <div className="import-flow">
      <div className="import-head">
        <h2 id="import-title">Import stakeholders and relationships</h2>
        <button type="button" className="link" onClick={close} disabled={writing}>
          Close
        </button>
      </div>
      <ol className="import-steps" aria-label="Steps">
        {STEPS.map(([name, label]) => (
          <li key={name} aria-current={name === step ? 'step' : undefined}>
            {label}
          </li>
        ))}
      </ol>
      <ActivityLine activity={activity} planned={planned} />
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}

      {step === 'files' && (
        <section aria-labelledby="import-files-heading">
          <h3 id="import-files-heading" ref={heading} tabIndex={-1}>
            Choose the files
          </h3>
          <SourcePicker sources={citableSources} sourceId={sourceId} onCite={cite} />
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
              choose(event.dataTransfer.files);
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
                onChange={(event) => choose(event.target.files)}
              />
            </label>
            <p className="hint" id="import-formats">
              Kumu CSV or XLSX (elements and connections), GraphML, GEXF, Cytoscape.js JSON, Kumu JSON or Atlas data
              files. Nothing is written until you confirm.
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
      )}

      {step === 'mapping' && report && draft && (
        <section aria-labelledby="import-mapping-heading">
          <h3 id="import-mapping-heading" ref={heading} tabIndex={-1}>
            Mapping
          </h3>
          <FilesLine report={report} cited={citableSources.find((source) => source.id === sourceId)} />
          {origin && <p className="hint">{ORIGIN_WORDS[origin]}</p>}
          <MappingStep report={report} draft={draft} onChange={(next) => change(next, decisions)} />
          <div className="action-row import-actions">
            <button type="button" onClick={() => setStep('files')}>
              Back: files
            </button>
            <button type="button" className="primary" onClick={() => setStep('preview')}>
              Next: preview
            </button>
            <span className="muted">
              {plural(report.problems.length, 'problem')}
              {report.unmappedValues.length > 0 ? ` · ${plural(report.unmappedValues.length, 'value')} to map` : ''}
            </span>
          </div>
        </section>
      )}

      {step === 'preview' && report && draft && (
        <section aria-labelledby="import-preview-heading">
          <h3 id="import-preview-heading" ref={heading} tabIndex={-1}>
            Preview
          </h3>
          <FilesLine report={report} cited={citableSources.find((source) => source.id === sourceId)} />
          <PreviewStep
            report={report}
            decisions={decisions}
            onDecide={(next) => change(draft, next)}
            busy={activity !== null}
            onBack={() => setStep('mapping')}
            onImport={runImport}
          />
        </section>
      )}

      {step === 'done' && written && (
        <section aria-labelledby="import-done-heading">
          <h3 id="import-done-heading" ref={heading} tabIndex={-1}>
            What was written
          </h3>
          <Written
            report={written}
            onShow={(id) => {
              dispatch({ type: 'setView', view: 'map' });
              dispatch({ type: 'select', id, focus: true });
              close();
            }}
          />
          <div className="action-row import-actions">
            <button type="button" className="primary" onClick={close}>
              Close
            </button>
          </div>
        </section>
      )}
    </div>
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

function ActivityLine({
  activity,
  planned,
}: {
  activity: Activity | null;
  planned: { stakeholders: number; relationships: number } | null;
}) {
  const words =
    activity === null
      ? ''
      : activity.kind === 'sending'
        ? 'Sending the files…'
        : activity.kind === 'checking'
          ? 'Reading and checking…'
          : `Writing ${plural(planned?.stakeholders ?? 0, 'stakeholder')} and ${plural(planned?.relationships ?? 0, 'relationship')}…`;
  return (
    <div className="import-activity" data-busy={activity ? 'yes' : 'no'} data-testid="import-activity">
      <p role="status">{words}</p>
      {activity?.kind === 'sending' && (
        <progress
          aria-label="Files sent"
          max={Math.max(activity.total, 1)}
          value={activity.sent}
          title={`${Math.round((100 * activity.sent) / Math.max(activity.total, 1))}%`}
        />
      )}
      {activity && activity.kind !== 'sending' && <progress aria-label={words} />}
    </div>
  );
}

function FilesLine({ report, cited }: { report: ImportReport; cited: CitableSource | undefined }) {
  return (
    <p className="hint" data-testid="import-files-line">
      {cited ? `Every fact cites “${cited.title}”. ` : ''}
      {report.files
        .map((file) => {
          const rows = [
            file.elements > 0 ? plural(file.elements, 'stakeholder row') : '',
            file.connections > 0 ? plural(file.connections, 'relationship row') : '',
          ].filter(Boolean);
          return `${file.name} (${file.format}${rows.length ? `: ${rows.join(', ')}` : ''})`;
        })
        .join('; ')}
    </p>
  );
}

function Written({ report, onShow }: { report: ImportReport; onShow: (id: string) => void }) {
  const created = report.stakeholders.filter((row) => row.outcome !== 'MATCHES');
  const joined = report.stakeholders.length - created.length;
  const shown = created.slice(0, 20);
  return (
    <div className="import-written" data-testid="import-written">
      {created.length === 0 ? (
        <p>
          No new stakeholders: every row is one the atlas has. {plural(report.counts.relationships, 'relationship')}{' '}
          imported; those the atlas had already are unchanged.
        </p>
      ) : (
        <p>
          {plural(created.length, 'new stakeholder')} and {plural(report.counts.relationships, 'relationship')} written
          as one change; {plural(joined, 'row')} joined stakeholders the atlas had.
        </p>
      )}
      {shown.length > 0 && (
        <ul>
          {shown.map((row) => (
            <li key={row.row}>
              <button type="button" className="link" onClick={() => onShow(row.entityId)}>
                {row.name}
              </button>{' '}
              <span className="muted">show on the map</span>
            </li>
          ))}
          {created.length > shown.length && <li className="muted">and {created.length - shown.length} more</li>}
        </ul>
      )}
    </div>
  );
}

function formatBytes(size: number): string {
  if (size < 1024) return `${size} bytes`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}
