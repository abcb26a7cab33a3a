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
  const latest = useRef(0);
  const inFlight = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The sources list the Sources view shows (one query, one cache); only those without text fit.
  const sourceList = useQuery(operationQuery(SourceListDocument, {}));
  const citableSources: CitableSource[] = (sourceList.data?.sources ?? [])
    .filter((source) => !source.hasText && !source.retiredAt)
    .map(({ id, title, publisher, date }) => ({ id, title, publisher: publisher ?? null, date: date ?? null }));

  const writing = activity?.kind === 'writing' || (activity?.kind === 'sending' && activity.then === 'writing');

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

  /** Starts a request that replaces any under way; its run number tells whether it is still the latest. */
  function begin() {
    clearTimeout(timer.current);
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    latest.current += 1;
    return { run: latest.current, signal: controller.signal };
  }

  async function preview(chosen: File[], mapping: MappingDraft | null, decided: Decisions, cited: string | null) {
    const { run, signal } = begin();
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
    void preview(chosen, null, {}, sourceId);
  }

  /** Another source to cite: the files, if chosen, are previewed again citing it. */
  function cite(next: string | null) {
    setSourceId(next);
    if (files.length > 0) void preview(files, draft, decisions, next);
  }

  /** A change of the mapping or of a decision: preview again once the user pauses. */
  function change(nextDraft: MappingDraft, nextDecisions: Decisions) {
    setDraft(nextDraft);
    setDecisions(nextDecisions);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void preview(files, nextDraft, nextDecisions, sourceId), DEBOUNCE_MS);
  }

  async function runImport() {
    if (!report || !draft) return;
    const { run, signal } = begin();
    setPlanned(toWrite(report));
    setActivity({ kind: 'sending', sent: 0, total: totalSize(files), then: 'writing' });
    setFailure(null);
    try {
      const data = await mutate(
        ImportFilesDocument,
        { files, mapping: mappingInput(draft), decisions: decisionsInput(decisions), sourceId },
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

  return {
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
    runImport: () => void runImport(),
  };
}
