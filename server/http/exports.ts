/**
 * The files served over HTTP beside GraphQL: /export/register.csv (editors), /export/brief.pdf and
 * the network in each format of core/export (/export/network.graphml…), to the same sessions and
 * bearer tokens as /graphql, each with an executor bound to its request.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/export/index.ts';
import { exportBaseName } from '../../core/export/formats.ts';
import { InputError, NotFoundError } from '../../core/errors.ts';
import { briefPack, packAccess } from '../briefs/pack.ts';
import type { Executor } from '../db/executor.ts';
import { briefFileName, briefPdf } from '../exports/brief-pdf.ts';
import { exportFilterInput, readExportGraph } from '../exports/network.ts';
import { registerCsv, registerToday } from '../exports/register-csv.ts';
import type { InfluenceCache } from '../influence/cache.ts';
import { getBriefs, recordBriefExport } from '../repositories/briefs.ts';
import { listRegister } from '../repositories/engagement.ts';
import { hasRole, type Role, type Viewer } from '../schema/context.ts';
import type { Authenticator } from '../schema/security.ts';

export interface ExportRoutesOptions {
  executor: Executor;
  authenticator: Authenticator;
  influence: InfluenceCache;
  log: (line: string) => void;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** A Node request's headers as fetch's Headers, for the authenticator. */
export function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
  return headers;
}

/**
 * The viewer of an export request (the same session or bearer tokens as /graphql), or null after
 * answering 401 without valid credentials and 403 below the role.
 */
async function exportViewer(
  authenticator: Authenticator,
  req: IncomingMessage,
  res: ServerResponse,
  role: Role,
  forbidden: string,
): Promise<Viewer | null> {
  const viewer = await authenticator.authenticate(headersOf(req));
  if (viewer !== 'invalid' && 'closed' in viewer) {
    sendJson(res, 401, { error: viewer.closed, accountClosed: true });
    return null;
  }
  if (viewer === 'invalid' || viewer.role === null) {
    sendJson(res, 401, { error: 'A valid bearer token is required' });
    return null;
  }
  if (!hasRole({ viewer }, role)) {
    sendJson(res, 403, { error: forbidden });
    return null;
  }
  return viewer;
}

interface ExportFile {
  body: string | Uint8Array;
  contentType: string;
  fileName: string;
}

/** Runs an export with an executor bound to the request, and sends it as an attachment. */
async function sendExport(
  { executor, log }: ExportRoutesOptions,
  res: ServerResponse,
  viewer: Viewer,
  operation: string,
  produce: (requestExecutor: Executor) => Promise<ExportFile>,
): Promise<void> {
  const requestId = randomUUID();
  try {
    const { body, contentType, fileName } = await produce(
      executor.withMetadata({ requestId, operation, actor: viewer.name }),
    );
    res.writeHead(200, {
      'content-type': typeof body === 'string' ? `${contentType}; charset=utf-8` : contentType,
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
    });
    res.end(body);
  } catch (error) {
    if (error instanceof InputError) return sendJson(res, 400, { error: error.message });
    if (error instanceof NotFoundError) return sendJson(res, 404, { error: error.message });
    log(`request ${requestId}: ${operation} failed: ${(error as Error).stack ?? String(error)}`);
    sendJson(res, 503, { error: 'The export could not be read; check /ready and try again' });
  }
}

/** The register as CSV, for editors and admins. */
async function exportRegister(options: ExportRoutesOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const forbidden = 'Only editors and admins can export the register';
  const viewer = await exportViewer(options.authenticator, req, res, 'editor', forbidden);
  if (!viewer) return;
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  await sendExport(options, res, viewer, 'export register.csv', async (requestExecutor) => ({
    body: registerCsv(
      await listRegister(requestExecutor, { stanceChangedSince: params.get('stanceChangedSince') }),
      registerToday(params.get('today')),
    ),
    contentType: 'text/csv',
    fileName: 'stakeholder-register.csv',
  }));
}

/**
 * A brief as PDF, for everyone who may read it through the API (the pack leaves out what the
 * reader's role may not see, as Brief.pack does); audited as an export.
 */
async function exportBrief(options: ExportRoutesOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const forbidden = 'Only signed-in users can download briefs';
  const viewer = await exportViewer(options.authenticator, req, res, 'viewer', forbidden);
  if (!viewer) return;
  const id = new URL(req.url ?? '/', 'http://localhost').searchParams.get('id') ?? '';
  await sendExport(options, res, viewer, 'export brief.pdf', async (requestExecutor) => {
    if (id === '') throw new InputError('id', 'name the brief: /export/brief.pdf?id=brief:…');
    const [brief] = await getBriefs(requestExecutor, [id]);
    if (!brief) throw new NotFoundError('brief', id);
    const mayRead = packAccess(hasRole({ viewer }, 'editor'));
    const pack = await briefPack(brief, { executor: requestExecutor, influence: options.influence, mayRead });
    const body = await briefPdf(brief, pack);
    await recordBriefExport(requestExecutor, brief, 'pdf', viewer);
    return { body, contentType: 'application/pdf', fileName: briefFileName(brief) };
  });
}

/** The network under the query string's filters, for everyone who may read it through the API. */
async function exportNetwork(
  options: ExportRoutesOptions,
  req: IncomingMessage,
  res: ServerResponse,
  format: ExportFormat,
): Promise<void> {
  const forbidden = 'Only signed-in users can export the network';
  const viewer = await exportViewer(options.authenticator, req, res, 'viewer', forbidden);
  if (!viewer) return;
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  await sendExport(options, res, viewer, `export ${format.file}`, async (requestExecutor) => {
    const graph = await readExportGraph(requestExecutor, exportFilterInput(params));
    return {
      body: format.write(graph),
      contentType: format.contentType,
      fileName: `${exportBaseName(graph.filters.asOf)}${format.suffix}`,
    };
  });
}

/** Answers the export routes; false for any other path. */
export function createExportRoutes(options: ExportRoutesOptions) {
  return (req: IncomingMessage, res: ServerResponse, path: string): boolean => {
    const networkFormat = EXPORT_FORMATS.find((format) => path === `/export/${format.file}`);
    if (path === '/export/register.csv') void exportRegister(options, req, res);
    else if (path === '/export/brief.pdf') void exportBrief(options, req, res);
    else if (networkFormat) void exportNetwork(options, req, res, networkFormat);
    else return false;
    return true;
  };
}
