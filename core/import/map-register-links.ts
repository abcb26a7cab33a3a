/**
 * Registers: a column of elements whose cells name another row (by the file's id, a code or a name)
 * or a stakeholder of the atlas becomes relationships of the type and direction the mapping gives,
 * dated by the row's start and end. A district's "County", a council's "Combined authority", the
 * "Replaced by" of a council that merged: several such columns per sheet.
 */
import type { Relationship } from '../records.ts';
import { checkedRelationship } from './map-connections.ts';
import type { ImportMapping } from './mapping-schema.ts';
import type { EndResolver, MatchedElements } from './match-elements.ts';
import type { Problem } from './problems.ts';

export interface RegisterContext {
  mapping: ImportMapping;
  problems: Problem[];
  resolveEnd: EndResolver;
  ids: Set<string>;
  sourceOf: (file: string) => string;
}

/** Cells naming several rows separate them by ";" (a name may hold a comma). */
const namesIn = (cell: string) =>
  cell
    .split(';')
    .map((name) => name.trim())
    .filter(Boolean);

export function mapRegisterLinks(placed: MatchedElements['placed'], context: RegisterContext): Relationship[] {
  const { mapping, problems, resolveEnd } = context;
  const columns = new Map((mapping.relationshipColumns ?? []).map((link) => [link.column, link]));
  const relationships: Relationship[] = [];
  for (const { draft, entityId } of placed) {
    for (const { column, value } of draft.links) {
      const link = columns.get(column)!;
      for (const name of namesIn(value)) {
        const problem = (field: string, reason: string) =>
          problems.push({ file: draft.file, record: draft.at, field: field || column, reason });
        const other = resolveEnd(name);
        if (other === null) {
          problem(column, `"${name}" names no row of the file (by id, code or name) and no stakeholder of the atlas`);
          continue;
        }
        if (other === 'ambiguous') {
          problem(column, `"${name}" names more than one stakeholder: refer to it by its id or code`);
          continue;
        }
        if (other === entityId) {
          problem(column, 'a relationship cannot link a stakeholder to itself');
          continue;
        }
        const [from, to] = link.direction === 'to' ? [entityId, other] : [other, entityId];
        const record: Record<string, unknown> = {
          type: link.type,
          from,
          to,
          dateBasis: 'stated',
          confidence: mapping.defaults.confidence ?? 1,
          citations: [{ source: context.sourceOf(draft.file), quote: `${draft.file}, ${draft.at}, ${column}` }],
          ...(draft.dates.validFrom !== undefined ? { validFrom: draft.dates.validFrom } : {}),
          ...(draft.dates.validTo !== undefined ? { validTo: draft.dates.validTo } : {}),
        };
        const dateColumns = { validFrom: mapping.elements.validFrom, validTo: mapping.elements.validTo };
        const where = { fileId: undefined, at: `${draft.at}-${column}`, idColumn: column };
        const relationship = checkedRelationship(record, where, dateColumns, context.ids, problem);
        if (relationship) relationships.push(relationship);
      }
    }
  }
  return relationships;
}
