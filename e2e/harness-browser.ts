/**
 * Debian's Chromium through playwright-core (never `playwright`, which downloads browsers). Every page
 * of every context it opens is watched for Content-Security-Policy violations: the pages'
 * `securitypolicyviolation` events and the reports the browser posts to the policy's report-uri (the
 * only way to hear of one inside a worker). Under Vitest, a test during which any arrived fails.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const VIEWPORT = { width: 1440, height: 900 };

/** One thing a Content-Security-Policy blocked: where, by which directive, what. */
export interface PolicyViolation {
  /** The page's securitypolicyviolation event, or the report the browser posted (pages and workers). */
  via: 'event' | 'report';
  document: string;
  directive: string;
  blocked: string;
  source: string;
}

const violations: PolicyViolation[] = [];
const BINDING = '__atlasPolicyViolation';

/** The violations seen since the last call; they are forgotten, so a test that expects one takes it. */
export function takePolicyViolations(): PolicyViolation[] {
  return violations.splice(0);
}

/** The violations as readable lines, each once (an event and its report say the same). */
export function describeViolations(list: readonly PolicyViolation[]): string[] {
  return [
    ...new Set(list.map((each) => `${each.directive} blocked ${each.blocked} in ${each.document} (${each.source})`)),
  ];
}

async function watchPolicy(context: BrowserContext): Promise<void> {
  await context.exposeBinding(BINDING, (_source, violation: PolicyViolation) => void violations.push(violation));
  await context.addInitScript((binding) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (violation: unknown) => Promise<void>>)[binding];
      void report?.({
        via: 'event',
        document: event.documentURI,
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
      });
    });
  }, BINDING);
  context.on('request', (request) => {
    if (request.method() !== 'POST' || new URL(request.url()).pathname !== '/csp-report') return;
    const report = (request.postDataJSON() as { 'csp-report'?: Record<string, string | number> } | null)?.[
      'csp-report'
    ];
    if (!report) return;
    violations.push({
      via: 'report',
      document: String(report['document-uri']),
      directive: String(report['effective-directive'] ?? report['violated-directive']),
      blocked: String(report['blocked-uri']),
      source: `${report['source-file'] ?? ''}:${report['line-number'] ?? ''}`,
    });
  });
}

export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  // browser.newPage opens its page in browser.newContext, so this watches both.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await watchPolicy(context);
    return context;
  };
  return browser;
}

function failOnViolations(): void {
  const found = describeViolations(takePolicyViolations());
  if (found.length > 0) throw new Error(`Content-Security-Policy violations:\n  ${found.join('\n  ')}`);
}

// Each test file that opens Chromium checks after every test, and once more at its end (pages kept
// open across tests, or closed in afterAll). Outside Vitest (npm run screenshots) nothing is registered.
if (process.env.VITEST) {
  const { afterAll, afterEach } = await import('vitest');
  afterEach(failOnViolations);
  afterAll(failOnViolations);
}
