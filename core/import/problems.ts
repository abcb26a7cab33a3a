/** A problem found in import input: where it is (file, record, field) and why it is wrong. */
export interface Problem {
  /** The file as the user named it. */
  file: string;
  /** The record's id (or its position when it has none); empty for a problem with the whole file. */
  record: string;
  /** The field's path in the record, e.g. "citations.0.quote"; empty for the whole record. */
  field: string;
  reason: string;
  /**
   * The reason without what differs from row to row, when many rows share it (a connection left
   * out for its end's problem): problems are grouped by it in reports.
   */
  cause?: string;
}

/** One line: `file: record: field: reason`. */
export function formatProblem(problem: Problem): string {
  const where = problem.record
    ? [problem.file, problem.record, problem.field || '(record)']
    : [problem.file, problem.field].filter(Boolean);
  return [...where, problem.reason].join(': ');
}

/** Problems of one cause (or one reason) in one file and column: the first of them, how many, and where. */
export interface ProblemGroup {
  first: Problem;
  count: number;
  /** The records (rows) of the group, at most `shown` of them. */
  records: string[];
}

/** Problems grouped by file, column and cause (else reason), in the order first met. */
export function groupProblems(problems: readonly Problem[], shown = 3): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const problem of problems) {
    const key = [problem.file, problem.field, problem.cause ?? problem.reason].join('\u0000');
    const group = groups.get(key);
    if (!group) groups.set(key, { first: problem, count: 1, records: problem.record ? [problem.record] : [] });
    else {
      group.count += 1;
      if (group.records.length < shown && problem.record) group.records.push(problem.record);
    }
  }
  return [...groups.values()];
}

/** One line per group: a single problem as formatProblem; many as `file: 254 rows (edge 0, edge 1, …): field: cause`. */
export function formatProblemGroup({ first, count, records }: ProblemGroup): string {
  if (count === 1) return formatProblem(first);
  const more = count > records.length ? ', …' : '';
  const where = `${count.toLocaleString('en-GB')} rows (${records.join(', ')}${more})`;
  return [first.file, where, first.field || '(record)', first.cause ?? first.reason].filter(Boolean).join(': ');
}
