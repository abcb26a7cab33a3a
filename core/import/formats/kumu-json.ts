/**
 * A Kumu JSON blueprint: { elements: [...], connections: [...] }. Kumu's documented form puts
 * fields at the top level of each item ({ "label": "A" }, { "from": "A", "to": "B" }); its project
 * backups put them under "attributes" beside "_id". Both are read: every top-level field and every
 * attribute is a column ("element type", "connection type", … as named). A list of plain values
 * (tags) is joined with "|", as in Kumu's spreadsheets; anything else nested is JSON text.
 */
import type { ImportTable } from '../table.ts';
import { cellText } from './cyjs.ts';
import { failedTable, TableBuilder, type SectionName } from './table-builder.ts';
import { decodeText, parseJson } from './text.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether parsed JSON has a blueprint's shape: elements and connections as lists. */
export function isKumuBlueprint(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { elements, connections } = value;
  const listOrNone = (each: unknown) => each === undefined || Array.isArray(each);
  return (Array.isArray(elements) || Array.isArray(connections)) && listOrNone(elements) && listOrNone(connections);
}

function kumuCell(value: unknown): string | undefined {
  if (Array.isArray(value) && value.every((each) => typeof each === 'string' || typeof each === 'number'))
    return value.join('|');
  return cellText(value);
}

function cellsOf(item: Record<string, unknown>): [string, string][] {
  const { attributes, ...fields } = item;
  const entries = [...Object.entries(fields), ...(isRecord(attributes) ? Object.entries(attributes) : [])];
  return entries.flatMap(([key, value]) => {
    const text = kumuCell(value);
    return text === undefined ? [] : [[key, text]];
  });
}

export function readKumuJson(file: string, bytes: Uint8Array): ImportTable {
  const decoded = decodeText(file, bytes);
  if (decoded.text === undefined) return failedTable(file, 'kumu-json', decoded.problems);
  const builder = new TableBuilder(file, 'kumu-json', { checkFormulas: false });
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) {
    builder.problem('', '', parsed.reason);
    return builder.build();
  }
  if (!isKumuBlueprint(parsed.value)) {
    builder.problem(
      '',
      '',
      'is not a Kumu blueprint: expected { "elements": [...], "connections": [...] } with lists of objects',
    );
    return builder.build();
  }
  const blueprint = parsed.value as { elements?: unknown[]; connections?: unknown[] };
  const read = (section: SectionName, items: unknown[], name: string, atOf: (cells: [string, string][]) => string) => {
    for (const [index, item] of items.entries()) {
      if (!isRecord(item)) {
        builder.problem(`${name} #${index + 1}`, '', `is not an object; each ${name} is { … } with its fields`);
        continue;
      }
      const cells = cellsOf(item);
      if (!builder.addRow(section, atOf(cells) || `${name} #${index + 1}`, cells)) return false;
    }
    return true;
  };
  const labelled = (cells: [string, string][]) => {
    const label = cells.find(([key]) => key.toLowerCase() === 'label')?.[1].trim();
    return label ? `element ${label}` : '';
  };
  if (read('elements', blueprint.elements ?? [], 'element', labelled))
    read('connections', blueprint.connections ?? [], 'connection', () => '');
  if (builder.rows === 0 && !builder.isFull && builder.problems.length === 0)
    builder.problem('', '', 'has no elements or connections');
  return builder.build();
}
