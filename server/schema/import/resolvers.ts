import { InputError } from '../../../core/errors.ts';
import {
  CONNECTION_FIELDS,
  ELEMENT_FIELDS,
  importMappingSchema,
  type ImportMapping,
  type MappedValueField,
} from '../../../core/import/mapping.ts';
import { problemCause } from '../../../core/import/problems.ts';
import { importUploads, type UploadReport } from '../../import/uploads.ts';
import type { Context } from '../context.ts';
import { requireRole } from '../context.ts';
import type {
  ImportMappingInput,
  ImportValueField,
  MutationImportFilesArgs,
  Resolvers,
} from '../generated/resolvers-types.ts';

/** At most this many files in one import, of at most MAX_IMPORT_FILE_BYTES each (the readers check). */
export const MAX_IMPORT_FILES = 10;

const VALUE_FIELDS: Record<ImportValueField, MappedValueField> = {
  ELEMENT_TYPE: 'elementType',
  SECTOR: 'sector',
  RELATIONSHIP_TYPE: 'relationshipType',
};
const VALUE_FIELD_NAMES = Object.fromEntries(
  Object.entries(VALUE_FIELDS).map(([name, field]) => [field, name]),
) as Record<MappedValueField, ImportValueField>;

/** The API's lists of pairs as the core's mapping, checked field by field. */
export function mappingFromInput(input: ImportMappingInput): ImportMapping {
  const columns = (list: ImportMappingInput['elements'], fields: readonly string[], where: string) => {
    const mapped: Record<string, string> = {};
    list.forEach(({ field, column }, index) => {
      if (!fields.includes(field)) {
        throw new InputError(`mapping.${where}.${index}.field`, `"${field}" is not one of ${fields.join(', ')}`);
      }
      if (mapped[field] !== undefined) {
        throw new InputError(`mapping.${where}.${index}.field`, `"${field}" is mapped twice`);
      }
      mapped[field] = column;
    });
    return mapped;
  };
  const values: ImportMapping['values'] = { elementType: {}, sector: {}, relationshipType: {} };
  for (const { field, value, mapsTo } of input.values) {
    (values[VALUE_FIELDS[field]] as Record<string, string>)[value] = mapsTo;
  }
  const defaults = Object.fromEntries(
    Object.entries(input.defaults ?? {}).filter(([, value]) => value !== null && value !== undefined),
  );
  const parsed = importMappingSchema.safeParse({
    elements: columns(input.elements, ELEMENT_FIELDS, 'elements'),
    connections: columns(input.connections, CONNECTION_FIELDS, 'connections'),
    values,
    defaults,
    relationshipColumns: (input.relationshipColumns ?? []).map(({ column, type, direction }) => ({
      column,
      type,
      direction: direction === 'TO' ? 'to' : 'from',
    })),
    identifierColumns: Object.fromEntries(
      (input.identifierColumns ?? []).map(({ column, scheme }) => [column, scheme]),
    ),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [part, key] = issue.path.map(String);
    // A value mapping is named by its value, as the user wrote it.
    const field =
      part === 'values'
        ? `mapping.values (${VALUE_FIELD_NAMES[key as MappedValueField]} "${String(issue.path[2])}")`
        : `mapping.${issue.path.join('.')}`;
    throw new InputError(field, issue.message);
  }
  return parsed.data;
}

function mappingToOutput(mapping: ImportMapping) {
  const pairs = (columns: Record<string, string | undefined>) =>
    Object.entries(columns).flatMap(([field, column]) => (column === undefined ? [] : [{ field, column }]));
  return {
    elements: pairs(mapping.elements),
    connections: pairs(mapping.connections),
    values: (Object.keys(VALUE_FIELD_NAMES) as MappedValueField[]).flatMap((field) =>
      Object.entries(mapping.values[field]).map(([value, mapsTo]) => ({
        field: VALUE_FIELD_NAMES[field],
        value,
        mapsTo,
      })),
    ),
    defaults: mapping.defaults,
    relationshipColumns: (mapping.relationshipColumns ?? []).map((link) => ({
      ...link,
      direction: link.direction === 'to' ? ('TO' as const) : ('FROM' as const),
    })),
    identifierColumns: Object.entries(mapping.identifierColumns ?? {}).map(([column, scheme]) => ({ column, scheme })),
  };
}

async function runImport(args: MutationImportFilesArgs, context: Context, dryRun: boolean) {
  requireRole(context, 'editor', 'import files');
  if (args.files.length === 0) throw new InputError('files', 'give at least one file');
  if (args.files.length > MAX_IMPORT_FILES) {
    throw new InputError('files', `at most ${MAX_IMPORT_FILES} files can be imported at once`);
  }
  const mapping = args.mapping ? mappingFromInput(args.mapping) : undefined;
  const decisions = new Map<string, string>();
  for (const [index, decision] of (args.decisions ?? []).entries()) {
    if (decisions.has(decision.row))
      throw new InputError(`decisions.${index}.row`, `"${decision.row}" is decided twice`);
    decisions.set(decision.row, decision.entityId ?? 'new');
  }
  args.files.forEach((file: unknown, index) => {
    // Yoga's File may come from its own fetch implementation, so it is told by what it can do.
    if (typeof (file as Partial<File> | null)?.arrayBuffer !== 'function') {
      throw new InputError(
        `files.${index}`,
        'must be an uploaded file (send the files as a GraphQL multipart request)',
      );
    }
  });
  const files = await Promise.all(
    args.files.map(async (file: File, index) => ({
      name: file.name || `file ${index + 1}`,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
  const report = await importUploads(context.executor, files, {
    actor: { id: context.viewer.id, name: context.viewer.name },
    dryRun,
    mapping,
    decisions,
    sourceId: args.sourceId ?? undefined,
  });
  return reportToOutput(report);
}

const OUTCOMES = { new: 'NEW', matches: 'MATCHES', 'possible-duplicate': 'POSSIBLE_DUPLICATE' } as const;

function reportToOutput(report: UploadReport) {
  return {
    files: report.files,
    layout: report.layout,
    mapping: mappingToOutput(report.mapping),
    mappingOrigin: report.mappingOrigin.toUpperCase() as 'GIVEN' | 'REMEMBERED' | 'GUESSED',
    problems: report.problems.map((problem) => {
      const { file, record, field, reason } = problem;
      return { file, record, field, reason, ...problemCause(problem) };
    }),
    notes: report.notes,
    unmappedValues: report.unmapped.map((value) => ({ ...value, field: VALUE_FIELD_NAMES[value.field] })),
    stakeholders: report.stakeholders,
    counts: report.counts,
    lookedForDuplicates: report.lookedForDuplicates,
    sourceIds: report.sourceIds,
    written: report.written,
  };
}

export const importResolvers: Resolvers = {
  Mutation: {
    previewImport: (_, args, context) => runImport(args, context, true),
    importFiles: (_, args, context) => runImport(args, context, false),
  },
  ImportStakeholder: {
    outcome: (row) => OUTCOMES[row.outcome.kind],
    match: (row, _, { loaders }) => (row.outcome.kind === 'new' ? null : loaders.entity.load(row.outcome.entityId)),
    reason: (row) => (row.outcome.kind === 'new' ? null : row.outcome.reason),
    decided: (row) => row.outcome.kind === 'matches' && row.outcome.decided,
  },
};
