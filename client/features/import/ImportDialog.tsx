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
import { FilesStep } from './FilesStep.tsx';
import { useImport, type Activity, type CitableSource, type Step } from './useImport.ts';

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
  const flow = useImport();
  const { step, report, draft, decisions, activity, writing, failure, written } = flow;
  const heading = useRef<HTMLHeadingElement>(null);

  // Moving between steps takes the focus to the step's heading, so it is read out.
  useEffect(() => heading.current?.focus(), [step]);
  useKeptOpenWhileWriting(dialog, writing);
  const cited = flow.citableSources.find((source) => source.id === flow.sourceId);

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
      <ActivityLine activity={activity} planned={flow.planned} />
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}

      {step === 'files' && (
        <FilesStep
          heading={heading}
          files={flow.files}
          sources={flow.citableSources}
          sourceId={flow.sourceId}
          onCite={flow.cite}
          onChoose={flow.choose}
        />
      )}

      {step === 'mapping' && report && draft && (
        <section aria-labelledby="import-mapping-heading">
          <h3 id="import-mapping-heading" ref={heading} tabIndex={-1}>
            Mapping
          </h3>
          <FilesLine report={report} cited={cited} />
          {flow.origin && <p className="hint">{ORIGIN_WORDS[flow.origin]}</p>}
          <MappingStep report={report} draft={draft} onChange={(next) => flow.change(next, decisions)} />
          <MappingActions report={report} onStep={flow.setStep} />
        </section>
      )}

      {step === 'preview' && report && draft && (
        <section aria-labelledby="import-preview-heading">
          <h3 id="import-preview-heading" ref={heading} tabIndex={-1}>
            Preview
          </h3>
          <FilesLine report={report} cited={cited} />
          <PreviewStep
            report={report}
            decisions={decisions}
            onDecide={(next) => flow.change(draft, next)}
            busy={activity !== null}
            onBack={() => flow.setStep('mapping')}
            onImport={flow.runImport}
          />
        </section>
      )}

      {step === 'done' && written && <DoneStep heading={heading} written={written} close={close} />}
    </div>
  );
}

/** While the import is written, Escape does not close: the server would write it all the same. */
function useKeptOpenWhileWriting(dialog: React.RefObject<HTMLDialogElement | null>, writing: boolean) {
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const cancel = (event: Event) => {
      if (writing) event.preventDefault();
    };
    element.addEventListener('cancel', cancel);
    return () => element.removeEventListener('cancel', cancel);
  }, [writing, dialog]);
}

function MappingActions({ report, onStep }: { report: ImportReport; onStep: (step: Step) => void }) {
  return (
    <div className="action-row import-actions">
      <button type="button" onClick={() => onStep('files')}>
        Back: files
      </button>
      <button type="button" className="primary" onClick={() => onStep('preview')}>
        Next: preview
      </button>
      <span className="muted">
        {plural(report.problems.length, 'problem')}
        {report.unmappedValues.length > 0 ? ` · ${plural(report.unmappedValues.length, 'value')} to map` : ''}
      </span>
    </div>
  );
}

/** What was written, each new stakeholder a link to it on the map. */
function DoneStep({
  heading,
  written,
  close,
}: {
  heading: React.RefObject<HTMLHeadingElement | null>;
  written: ImportReport;
  close: () => void;
}) {
  return (
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
