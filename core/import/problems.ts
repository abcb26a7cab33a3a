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

/** What settles each kind of problem, by its reason (or cause): the one decision the user makes. */
const DECISIONS: readonly [RegExp, string][] = [
  [
    /left out because an end is left out/,
    'Fix the problems of the rows its ends name (listed with them): nothing else to decide.',
  ],
  [
    /^unknown relationship end/,
    'Add the stakeholders it names to the elements, or correct the names in the connections.',
  ],
  [/names more than one stakeholder/, 'Name the stakeholder by its id (or code) in the file.'],
  [/names no row of the file/, 'Correct the names in that column, or map the column to nothing.'],
  [/^missing name$/, 'Fill in the names, or map another column to the name.'],
  [/^missing (start|end) of the connection/, 'Fill in both ends of those connections, or leave the rows out.'],
  [/is not a number between 0 and 1/, 'Correct the numbers, or leave the confidence column unmapped.'],
  [/^duplicate id/, 'Give each row its own id, or leave the id column unmapped (ids then come from names).'],
  [/^duplicate connection/, 'Leave one of the two rows out.'],
  [/before it starts/, 'Correct the dates (the start before the end), or leave the date columns unmapped.'],
  [/cannot link a stakeholder to itself/, 'Correct one of the ends, or leave the row out.'],
  [
    /relationship type/,
    'Map the value to a relationship type (Values, in the mapping), or choose one for connections without it.',
  ],
  [
    /^(no type|unknown type)/,
    'Map the value to a kind of stakeholder (Values, in the mapping), or choose one for rows without it.',
  ],
  [/sector/, 'Map the value to a sector (Values, in the mapping), or choose one for bodies without it.'],
  [/^unknown kind/, 'Map the Kind column to nothing, or correct the values to BODY, PERSON or PROGRAMME.'],
  [/no column is mapped|no columns are mapped/, 'Map the column (Columns, in the mapping).'],
];

const ROW_DECISION = 'Correct these rows in the file and import it again.';

/**
 * A problem's cause, what rows share (its cause, else its reason without the values that differ
 * from row to row: quoted text and bracketed details), and the one decision that settles it.
 */
export function problemCause(problem: Problem): { cause: string; decision: string } {
  const cause =
    problem.cause ??
    problem.reason
      .replace(/"[^"]*"/g, '"…"')
      .replace(/ \([^)]*\)/g, '')
      .trim();
  const decision = DECISIONS.find(([pattern]) => pattern.test(cause))?.[1] ?? ROW_DECISION;
  return { cause, decision };
}
