/**
 * Import (editors): choose other tools' files (or drop them), check the mapping of their columns and
 * values, look at the preview (problems by file and row; each stakeholder row "new", "matches X" or
 * "possible duplicate of X, because …", decided by the user), then import. Every change of the
 * mapping or a decision asks previewImport again (debounced); nothing is written until "Import".
 */
import { useEffect, useRef, useState } from 'react';
import {
  ImportFilesDocument,
  PreviewImportDocument,
  type ImportMappingOrigin,
} from '../../api/generated/operations.ts';
import { mutate } from '../../api/queries.ts';
import { request, type UploadProgress } from '../../api/request.ts';
import { dispatch } from '../../state/store.ts';
import {
  decisionsInput,
  draftOf,
  mappingInput,
  plural,
  toWrite,
  type Decisions,
  type ImportReport,
  type MappingDraft,
} from './import-draft.ts';
import { MappingStep } from './MappingStep.tsx';
import { PreviewStep } from './PreviewStep.tsx';

const ACCEPT = '.csv,.xlsx,.graphml,.gexf,.json,.cyjs,.yaml,.yml';
const DEBOUNCE_MS = 400;

type Step = 'files' | 'mapping' | 'preview' | 'done';
const STEPS: [Step, string][] = [
  ['files', 'Files'],
  ['mapping', 'Mapping'],
  ['preview', 'Preview'],
  ['done', 'Imported'],
];

/** What the dialog is waiting for: the files to be sent, the server to check them, or to write them. */
type Activity =
  | { kind: 'sending'; sent: number; total: number; then: 'checking' | 'writing' }
  | { kind: 'checking' }
  | { kind: 'writing' };

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
  const [step, setStep] = useState<Step>('files');
  const [files, setFiles] = useState<File[]>([]);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [origin, setOrigin] = useState<ImportMappingOrigin | null>(null);
  const [draft, setDraft] = useState<MappingDraft | null>(null);
  const [decisions, setDecisions] = useState<Decisions>({});
  const [activity, setActivity] = useState<Activity | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [written, setWritten] = useState<ImportReport | null>(null);
  const [planned, setPlanned] = useState<{ stakeholders: number; relationships: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const latest = useRef(0);
  const inFlight = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Moving between steps takes the focus to the step's heading, so it is read out.
  useEffect(() => heading.current?.focus(), [step]);
  const writing = activity?.kind === 'writing' || (activity?.kind === 'sending' && activity.then === 'writing');
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
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      inFlight.current?.abort();
    },
    [],
  );

  function progress(then: 'checking' | 'writing', run: number) {
    return ({ sent, total }: UploadProgress) => {
      if (run !== latest.current) return;
      setActivity(sent >= total ? { kind: then } : { kind: 'sending', sent, total, then });
    };
  }

  function begin() {
    clearTimeout(timer.current);
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    latest.current += 1;
    return { run: latest.current, signal: controller.signal };
  }

  async function preview(chosen: File[], mapping: MappingDraft | null, decided: Decisions) {
    const { run, signal } = begin();
    const total = chosen.reduce((sum, file) => sum + file.size, 0);
    setActivity({ kind: 'sending', sent: 0, total, then: 'checking' });
    try {
      const data = await request(
        PreviewImportDocument,
        {
          files: chosen,
          mapping: mapping ? mappingInput(mapping) : null,
          decisions: decisionsInput(decided),
        },
        { signal, upload: { path: 'files', files: chosen }, onUploadProgress: progress('checking', run) },
      );
      if (run !== latest.current) return;
      const answer = data.previewImport;
      setReport(answer);
      setFailure(null);
      if (!mapping) {
        setDraft(draftOf(answer.mapping));
        setOrigin(answer.mappingOrigin);
        setStep('mapping');
      }
    } catch (error) {
      if ((error as Error).name === 'AbortError' || run !== latest.current) return;
      setFailure(`The preview failed: ${(error as Error).message}`);
    } finally {
      if (run === latest.current) setActivity(null);
    }
  }

  function choose(list: FileList | null) {
    const chosen = [...(list ?? [])];
    if (chosen.length === 0) return;
    setFiles(chosen);
    setReport(null);
    setDraft(null);
    setDecisions({});
    setOrigin(null);
    void preview(chosen, null, {});
  }

  /** A change of the mapping or of a decision: preview again once the user pauses. */
  function change(nextDraft: MappingDraft, nextDecisions: Decisions) {
    setDraft(nextDraft);
    setDecisions(nextDecisions);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void preview(files, nextDraft, nextDecisions), DEBOUNCE_MS);
  }

  async function runImport() {
    if (!report || !draft) return;
    const { run, signal } = begin();
    setPlanned(toWrite(report));
    setActivity({ kind: 'sending', sent: 0, total: files.reduce((sum, file) => sum + file.size, 0), then: 'writing' });
    setFailure(null);
    try {
      const data = await mutate(
        ImportFilesDocument,
        { files, mapping: mappingInput(draft), decisions: decisionsInput(decisions) },
        ['graph'],
        { signal, upload: { path: 'files', files }, onUploadProgress: progress('writing', run) },
      );
      if (run !== latest.current) return;
      const answer = data.importFiles;
      setReport(answer);
      if (answer.written) {
        setWritten(answer);
        setStep('done');
      } else {
        setFailure(`Nothing was written: ${plural(answer.problems.length, 'problem')} found (listed below).`);
      }
    } catch (error) {
      if ((error as Error).name === 'AbortError' || run !== latest.current) return;
      setFailure(`The import failed, and nothing was written: ${(error as Error).message}`);
    } finally {
      if (run === latest.current) setActivity(null);
    }
  }

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
          <FilesLine report={report} />
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
          <FilesLine report={report} />
          <PreviewStep
            report={report}
            decisions={decisions}
            onDecide={(next) => change(draft, next)}
            busy={activity !== null}
            onBack={() => setStep('mapping')}
            onImport={() => void runImport()}
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

function FilesLine({ report }: { report: ImportReport }) {
  return (
    <p className="hint">
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
