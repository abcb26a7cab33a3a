/** A problem found in import input: where it is (file, record, field) and why it is wrong. */
export interface Problem {
  /** The file as the user named it. */
  file: string;
  /** The record's id (or its position when it has none); empty for a problem with the whole file. */
  record: string;
  /** The field's path in the record, e.g. "citations.0.quote"; empty for the whole record. */
  field: string;
  reason: string;
}

/** One line: `file: record: field: reason`. */
export function formatProblem(problem: Problem): string {
  const where = problem.record
    ? [problem.file, problem.record, problem.field || '(record)']
    : [problem.file, problem.field].filter(Boolean);
  return [...where, problem.reason].join(': ');
}
