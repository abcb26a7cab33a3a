/**
 * How every CLI ends (import, seed, backup, restore, users): an expected failure prints its message
 * and what to do next, never a stack trace, and exits with its documented status; an unexpected one
 * prints a request id and writes the stack under that id to the CLI log (CLI_LOG_FILE, by default
 * stakeholder-atlas-cli.log in the system's temporary folder). Statuses: docs/import-export.md, "Exit statuses".
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../config.ts';
import { Neo4jLaunchError } from '../launcher/errors.ts';

export const EXIT_STATUS = {
  /** Done (or a clean dry run / check). */
  OK: 0,
  /** The input has problems, or the operation was refused; nothing was written. */
  REFUSED: 1,
  /** Wrong options or arguments. */
  USAGE: 2,
  /** The configuration is wrong or the database cannot be reached or started. */
  UNAVAILABLE: 3,
  /** A fault of the program: reported with a request id that points at the log. */
  UNEXPECTED: 4,
} as const;

/** An expected failure: what went wrong, what to do next, and the exit status. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly status: number = EXIT_STATUS.REFUSED,
    readonly next?: string,
  ) {
    super(message);
  }
}

/** Wrong options: the usage is printed after the message. */
export class UsageError extends CliFailure {
  constructor(message: string) {
    super(message, EXIT_STATUS.USAGE);
  }
}

export interface CliOptions {
  /** The prefix of every line: "import" prints "[import] …". */
  name: string;
  usage?: string;
  /** What to do when the embedded Neo4j is in use (the running app holds it). */
  whenInUse?: string;
  /** Errors of the CLI's own domain that are expected (a bad backup file…): their message is enough. */
  expected?: readonly (new (...args: never[]) => Error)[];
  /** What to do next after one of the expected errors, when its message does not say. */
  nextFor?: (error: Error) => string | undefined;
}

export const cliLogFile = () => process.env.CLI_LOG_FILE || join(tmpdir(), 'stakeholder-atlas-cli.log');

/** The failure as the user should see it, or null when it is unexpected. */
function expectedFailure(error: unknown, options: CliOptions): CliFailure | null {
  if (error instanceof CliFailure) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) return new UsageError((error as Error).message);
  if (error instanceof ConfigError) {
    return new CliFailure(
      error.message,
      EXIT_STATUS.UNAVAILABLE,
      'Fix the setting in the environment (docs/operations.md).',
    );
  }
  if (error instanceof Neo4jLaunchError) {
    const inUse = /in use/.test(error.message) && options.whenInUse;
    return new CliFailure(error.message, EXIT_STATUS.UNAVAILABLE, inUse || undefined);
  }
  if (code === 'ServiceUnavailable' || code === 'Neo.ClientError.Security.Unauthorized') {
    return new CliFailure(
      `The database cannot be reached: ${(error as Error).message}`,
      EXIT_STATUS.UNAVAILABLE,
      'Check that Neo4j is running at NEO4J_URI, and NEO4J_USER and NEO4J_PASSWORD.',
    );
  }
  if (options.expected?.some((type) => error instanceof type)) {
    return new CliFailure((error as Error).message, EXIT_STATUS.REFUSED, options.nextFor?.(error as Error));
  }
  return null;
}

/** Reports an error as the user should see it; returns the exit status. */
export function reportFailure(
  error: unknown,
  options: CliOptions,
  print = (line: string) => console.error(line),
): number {
  const failure = expectedFailure(error, options);
  if (failure) {
    print(`[${options.name}] ${failure.message}`);
    if (failure.next) print(`[${options.name}] ${failure.next}`);
    if (failure.status === EXIT_STATUS.USAGE && options.usage) print(options.usage);
    return failure.status;
  }
  const requestId = randomUUID();
  const details = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const file = cliLogFile();
  try {
    appendFileSync(file, `${new Date().toISOString()} [${options.name}] request ${requestId}: ${details}\n`);
  } catch {
    print(`[${options.name}] (could not write ${file})`);
  }
  print(`[${options.name}] Unexpected error (request id ${requestId}); nothing more was done.`);
  print(`[${options.name}] The details are in ${file} under that id: please report them.`);
  return EXIT_STATUS.UNEXPECTED;
}

/** Runs a CLI's main and exits with its status, or with the failure's. */
export function runCli(main: (args: string[]) => Promise<number>, options: CliOptions): void {
  main(process.argv.slice(2)).then(
    (status) => process.exit(status),
    (error: unknown) => process.exit(reportFailure(error, options)),
  );
}
