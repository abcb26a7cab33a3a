/**
 * POST /csp-report: browsers report here what the Content-Security-Policy blocked (the policy's
 * report-uri), from pages and from the layout workers alike. Each report becomes one log line, without
 * query strings (the atlas's addresses name people), and at most REPORTS_PER_MINUTE a minute, since
 * anyone can post here.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CSP_REPORT_PATH = '/csp-report';
const MAX_REPORT_BYTES = 16_384;
const REPORTS_PER_MINUTE = 20;

/** A URL as origin and path only; "inline", "eval" and the like as they are. */
function withoutQuery(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '?';
  if (!URL.canParse(value)) return value.slice(0, 100);
  const url = new URL(value);
  return url.origin === 'null' ? `${url.protocol}…` : `${url.origin}${url.pathname}`;
}

/** The one line a report is logged as, or null when the body is not a CSP report. */
export function describeReport(body: string): string | null {
  let report: Record<string, unknown> | undefined;
  try {
    report = (JSON.parse(body) as { 'csp-report'?: Record<string, unknown> })['csp-report'];
  } catch {
    return null;
  }
  if (!report || typeof report !== 'object') return null;
  const directive = report['effective-directive'] ?? report['violated-directive'];
  const line = typeof report['line-number'] === 'number' ? `:${report['line-number']}` : '';
  const source = report['source-file'] ? ` (${withoutQuery(report['source-file'])}${line})` : '';
  return (
    `Content-Security-Policy blocked ${withoutQuery(report['blocked-uri'])} by ${String(directive).slice(0, 40)} ` +
    `in ${withoutQuery(report['document-uri'])}${source}`
  );
}

export function createCspReportRoute(log: (line: string) => void, now: () => number = Date.now) {
  let windowStart = 0;
  let logged = 0;
  let dropped = 0;
  const record = (line: string) => {
    if (now() - windowStart >= 60_000) {
      if (dropped > 0) log(`${dropped} more Content-Security-Policy reports were not logged`);
      [windowStart, logged, dropped] = [now(), 0, 0];
    }
    if (logged < REPORTS_PER_MINUTE) {
      logged += 1;
      log(line);
    } else dropped += 1;
  };
  return (req: IncomingMessage, res: ServerResponse): void => {
    const answer = (status: number) => {
      if (res.headersSent) return;
      res.writeHead(status);
      res.end();
    };
    if (req.method !== 'POST') return answer(405);
    if (Number(req.headers['content-length'] ?? MAX_REPORT_BYTES + 1) > MAX_REPORT_BYTES) return answer(413);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_REPORT_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_REPORT_BYTES) return answer(413);
      const line = describeReport(Buffer.concat(chunks).toString('utf8'));
      if (line === null) return answer(400);
      record(line);
      answer(204);
    });
    req.on('error', () => answer(400));
  };
}
