/**
 * The file's values through the mapping: the user's mapping of a value, else the vocabulary's own
 * word, else (an empty cell, no column) the default. A value nothing covers is reported once, with
 * how many rows have it, however many rows that is.
 */
import { DIRECT_VALUES } from './mapping-guess.ts';
import { lookupValue, type ImportMapping, type MappedValueField } from './mapping-schema.ts';
import type { Problem } from './problems.ts';

export interface UnmappedValue {
  field: MappedValueField;
  value: string;
  /** How many rows have it. */
  rows: number;
}

export class ValueMapper {
  private readonly unmapped = new Map<string, UnmappedValue>();

  constructor(
    private readonly mapping: ImportMapping,
    /** Where the first row of each unmapped value is reported. */
    private readonly problems: Problem[],
  ) {}

  /** One problem per unmapped value and column, however many rows have it. */
  unknown(field: MappedValueField, value: string, where: Problem): void {
    const key = `${field}\u0000${value.toLowerCase()}`;
    const seen = this.unmapped.get(key);
    if (seen) {
      seen.rows += 1;
      return;
    }
    this.unmapped.set(key, { field, value, rows: 1 });
    this.problems.push(where);
  }

  /** Null after reporting the value, or its absence, as one to map, with the reason for each case. */
  map<F extends MappedValueField>(
    field: F,
    value: string | undefined,
    at: { file: string; record: string; column: string | undefined },
    reasons: { missing: string; unknown: string },
  ): NonNullable<ImportMapping['defaults'][F]> | null {
    const target =
      value !== undefined
        ? (lookupValue(this.mapping.values[field] as Record<string, string>, value) ?? DIRECT_VALUES[field](value))
        : this.mapping.defaults[field];
    if (target) return target as NonNullable<ImportMapping['defaults'][F]>;
    this.unknown(field, value ?? '', {
      file: at.file,
      record: at.record,
      field: at.column ?? '',
      reason: value === undefined ? reasons.missing : reasons.unknown,
    });
    return null;
  }

  list(): UnmappedValue[] {
    return [...this.unmapped.values()];
  }
}

/**
 * What the mapping did on its own that the user should know, once each however many rows it
 * concerns ("12 nodes without a label take their id as their name").
 */
export class ImportNotes {
  private readonly counts = new Map<string, number>();

  /** `note` with "{n}" where the count goes. */
  add(note: string): void {
    this.counts.set(note, (this.counts.get(note) ?? 0) + 1);
  }

  list(): string[] {
    return [...this.counts].map(([note, count]) => note.replaceAll('{n}', count.toLocaleString('en-GB')));
  }
}
