/**
 * The Import dialog's state and its requests: the files, the source they cite, the mapping draft and
 * decisions, the preview (asked again, debounced, after every change) and the import itself, with
 * the upload's progress. ImportDialog.tsx only shows what this holds.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import {
  ImportFilesDocument,
  PreviewImportDocument,
  SourceListDocument,
  type ImportMappingOrigin,
} from '../../api/generated/operations.ts';
import { mutate, operationQuery } from '../../api/queries.ts';
import { request, type UploadProgress } from '../../api/request.ts';
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

const DEBOUNCE_MS = 400;

export type Step = 'files' | 'mapping' | 'preview' | 'done';

/** What the dialog is waiting for: the files to be sent, the server to check them, or to write them. */
export type Activity =
  | { kind: 'sending'; sent: number; total: number; then: 'checking' | 'writing' }
  | { kind: 'checking' }
  | { kind: 'writing' };

/** A source the import may cite instead of making each file a source: one without text, not retired. */
export interface CitableSource {
  id: string;
  title: string;
  publisher: string | null;
  date: string | null;
}

const totalSize = (files: readonly File[]) => files.reduce((sum, file) => sum + file.size, 0);

export function useImport() {
  const state = useImportState();
  const { files, sourceId, draft, decisions, activity } = state;
  const latest = useLatestRequest();
  const citableSources = useCitableSources();
  const { preview, runImport } = useImportRequests(state, latest);
  const writing = activity?.kind === 'writing' || (activity?.kind === 'sending' && activity.then === 'writing');

  function choose(list: FileList | null) {
    const chosen = [...(list ?? [])];
    if (chosen.length === 0) return;
    state.setFiles(chosen);
    state.setReport(null);
    state.setDraft(null);
    state.setDecisions({});
    state.setOrigin(null);
    void preview(chosen, null, {}, sourceId);
  }

  /** Another source to cite: the files, if chosen, are previewed again citing it. */
  function cite(next: string | null) {
    state.setSourceId(next);
    if (files.length > 0) void preview(files, draft, decisions, next);
  }

  /** A change of the mapping or of a decision: preview again once the user pauses. */
  function change(nextDraft: MappingDraft, nextDecisions: Decisions) {
    state.setDraft(nextDraft);
    state.setDecisions(nextDecisions);
    latest.later(() => void preview(files, nextDraft, nextDecisions, sourceId), DEBOUNCE_MS);
  }

  return {
    step: state.step,
    setStep: state.setStep,
    files,
    sourceId,
    citableSources,
    report: state.report,
    origin: state.origin,
    draft,
    decisions,
    activity,
    writing,
    failure: state.failure,
    written: state.written,
    planned: state.planned,
    choose,
    cite,
    change,
    runImport: () => void runImport(),
  };
}

function useImportState() {
  const [step, setStep] = useState<Step>('files');
  const [files, setFiles] = useState<File[]>([]);
  /** The source every fact cites; null: each file becomes its own source. */
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [origin, setOrigin] = useState<ImportMappingOrigin | null>(null);
  const [draft, setDraft] = useState<MappingDraft | null>(null);
  const [decisions, setDecisions] = useState<Decisions>({});
  const [activity, setActivity] = useState<Activity | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [written, setWritten] = useState<ImportReport | null>(null);
  const [planned, setPlanned] = useState<{ stakeholders: number; relationships: number } | null>(null);
  return {
    step,
    setStep,
    files,
    setFiles,
    sourceId,
    setSourceId,
    report,
    setReport,
    origin,
    setOrigin,
    draft,
    setDraft,
    decisions,
    setDecisions,
    activity,
    setActivity,
    failure,
    setFailure,
    written,
    setWritten,
    planned,
    setPlanned,
  };
}

type ImportState = ReturnType<typeof useImportState>;

/**
 * One request at a time: a new one (or a debounced one) aborts the one under way, and its run number
 * tells whether an answer is still the latest. Everything stops when the dialog closes.
 */
function useLatestRequest() {
  const latest = useRef(0);
  const inFlight = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      inFlight.current?.abort();
    },
    [],
  );

  /** Starts a request that replaces any under way; its run number tells whether it is still the latest. */
  function begin() {
    clearTimeout(timer.current);
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    latest.current += 1;
    return { run: latest.current, signal: controller.signal };
  }

  function later(action: () => void, delay: number) {
    clearTimeout(timer.current);
    timer.current = setTimeout(action, delay);
  }

  return { begin, later, isLatest: (run: number) => run === latest.current };
}

/** The sources list the Sources view shows (one query, one cache); only those without text fit. */
function useCitableSources(): CitableSource[] {
  const sourceList = useQuery(operationQuery(SourceListDocument, {}));
  return (sourceList.data?.sources ?? [])
    .filter((source) => !source.hasText && !source.retiredAt)
    .map(({ id, title, publisher, date }) => ({ id, title, publisher: publisher ?? null, date: date ?? null }));
}

/** The preview (which sets up the mapping on the first answer) and the import itself. */
function useImportRequests(state: ImportState, latest: ReturnType<typeof useLatestRequest>) {
  const { setActivity, setReport, setFailure } = state;

  function progress(then: 'checking' | 'writing', run: number) {
    return ({ sent, total }: UploadProgress) => {
      if (!latest.isLatest(run)) return;
      setActivity(sent >= total ? { kind: then } : { kind: 'sending', sent, total, then });
    };
  }

  async function preview(chosen: File[], mapping: MappingDraft | null, decided: Decisions, cited: string | null) {
    const { run, signal } = latest.begin();
    setActivity({ kind: 'sending', sent: 0, total: totalSize(chosen), then: 'checking' });
    try {
      const data = await request(
        PreviewImportDocument,
        {
          files: chosen,
          mapping: mapping ? mappingInput(mapping) : null,
          decisions: decisionsInput(decided),
          sourceId: cited,
        },
        { signal, upload: { path: 'files', files: chosen }, onUploadProgress: progress('checking', run) },
      );
      if (!latest.isLatest(run)) return;
      const answer = data.previewImport;
      setReport(answer);
      setFailure(null);
      if (!mapping) {
        state.setDraft(draftOf(answer.mapping));
        state.setOrigin(answer.mappingOrigin);
        state.setStep('mapping');
      }
    } catch (error) {
      if ((error as Error).name === 'AbortError' || !latest.isLatest(run)) return;
      setFailure(`The preview failed: ${(error as Error).message}`);
    } finally {
      if (latest.isLatest(run)) setActivity(null);
    }
  }

  async function runImport() {
    const { report, draft, files, decisions, sourceId } = state;
    if (!report || !draft) return;
    const { run, signal } = latest.begin();
    state.setPlanned(toWrite(report));
    setActivity({ kind: 'sending', sent: 0, total: totalSize(files), then: 'writing' });
    setFailure(null);
    try {
      const data = await mutate(
        ImportFilesDocument,
        { files, mapping: mappingInput(draft), decisions: decisionsInput(decisions), sourceId },
        ['graph'],
        { signal, upload: { path: 'files', files }, onUploadProgress: progress('writing', run) },
      );
      if (!latest.isLatest(run)) return;
      const answer = data.importFiles;
      setReport(answer);
      if (answer.written) {
        state.setWritten(answer);
        state.setStep('done');
      } else {
        setFailure(`Nothing was written: ${plural(answer.problems.length, 'problem')} found (listed below).`);
      }
    } catch (error) {
      if ((error as Error).name === 'AbortError' || !latest.isLatest(run)) return;
      setFailure(`The import failed, and nothing was written: ${(error as Error).message}`);
    } finally {
      if (latest.isLatest(run)) setActivity(null);
    }
  }

  return { preview, runImport };
}
