/**
 * The change feed's vocabulary, shared by the API and the client: what kind of record each audited
 * action touches, who may read it (the same rule as the record itself), which fields it changed, and
 * the one-line sentence a notice shows.
 */

export type ChangeRole = 'viewer' | 'editor' | 'admin';

/** Each kind of change, the audit actions of that kind and the least role that reads them. */
export const CHANGE_KINDS = {
  ENTITY: { actions: ['createEntity', 'updateEntity', 'retireEntity', 'restoreEntity'], readBy: 'viewer' },
  RELATIONSHIP: {
    actions: ['createRelationship', 'updateRelationship', 'retireRelationship', 'restoreRelationship'],
    readBy: 'viewer',
  },
  SOURCE: { actions: ['createSource', 'updateSource', 'retireSource'], readBy: 'viewer' },
  IMPORT: { actions: ['import', 'importLayer'], readBy: 'viewer' },
  // Engagement profiles, interactions and contact details are for editors and admins only (as the
  // fields that show them), so are their changes.
  PROFILE: { actions: ['setEngagement', 'addAssessment'], readBy: 'editor' },
  INTERACTION: { actions: ['logInteraction', 'closeFollowUp'], readBy: 'editor' },
  CONTACT: { actions: ['setContactDetails'], readBy: 'editor' },
  // Briefing packs: anyone signed in reads them (their engagement parts only as their role allows).
  BRIEF: { actions: ['createBrief', 'updateBrief', 'exportBrief'], readBy: 'viewer' },
  // Roles, closed accounts, revoked tokens, personal-data exports and erasures: admins only, as the operations themselves.
  USER: { actions: ['setUserRole', 'closeUserAccount', 'reopenUserAccount', 'revokeUserApiToken'], readBy: 'admin' },
  PRIVACY: { actions: ['exportPersonalData', 'erasePersonalData', 'exportUserData'], readBy: 'admin' },
} as const satisfies Record<string, { actions: readonly string[]; readBy: ChangeRole }>;

export type ChangeKind = keyof typeof CHANGE_KINDS;

export const CHANGE_KIND_NAMES = Object.keys(CHANGE_KINDS) as ChangeKind[];

const KIND_OF_ACTION = new Map<string, ChangeKind>(
  CHANGE_KIND_NAMES.flatMap((kind) => CHANGE_KINDS[kind].actions.map((action) => [action, kind] as const)),
);

const RANK: Record<ChangeRole, number> = { viewer: 0, editor: 1, admin: 2 };

/** The kind of an audited action; null for one this list does not know (core/changes.test.ts checks every one is). */
export function kindOfAction(action: string): ChangeKind | null {
  return KIND_OF_ACTION.get(action) ?? null;
}

/** The kinds a role may read. */
export function kindsReadBy(role: ChangeRole): ChangeKind[] {
  return CHANGE_KIND_NAMES.filter((kind) => RANK[role] >= RANK[CHANGE_KINDS[kind].readBy]);
}

/** Whether a role may read a change with this action (an unknown action: nobody, through the feed). */
export function mayRead(role: ChangeRole, action: string): boolean {
  const kind = kindOfAction(action);
  return kind !== null && RANK[role] >= RANK[CHANGE_KINDS[kind].readBy];
}

/** The actions of these kinds (all kinds when none are named) that a role may read. */
export function readableActions(role: ChangeRole, kinds?: readonly ChangeKind[] | null): string[] {
  const wanted = new Set(kinds && kinds.length > 0 ? kinds : CHANGE_KIND_NAMES);
  return kindsReadBy(role)
    .filter((kind) => wanted.has(kind))
    .flatMap((kind) => [...CHANGE_KINDS[kind].actions]);
}

export interface FieldChange {
  field: string;
  /** JSON of the value before; null when the field was absent (or the record new). */
  before: string | null;
  after: string | null;
}

function fieldsOf(record: unknown): Record<string, unknown> {
  return record !== null && typeof record === 'object' && !Array.isArray(record)
    ? (record as Record<string, unknown>)
    : {};
}

/** The value with null and absent fields alike (left out) and object keys in order, as JSON. */
function canonical(value: unknown): string {
  const strip = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(strip);
    if (item === null || typeof item !== 'object') return item;
    return Object.fromEntries(
      Object.keys(item)
        .sort()
        .filter((key) => (item as Record<string, unknown>)[key] != null)
        .map((key) => [key, strip((item as Record<string, unknown>)[key])]),
    );
  };
  return JSON.stringify(strip(value ?? null));
}

/**
 * The top-level fields whose values differ between the records before and after, in name order. A
 * field set to null and one left out are the same (the stored record omits what the input nulls).
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const old = fieldsOf(before);
  const now = fieldsOf(after);
  const names = [...new Set([...Object.keys(old), ...Object.keys(now)])].sort();
  const json = (value: unknown) => (value == null ? null : JSON.stringify(value));
  return names.flatMap((field) =>
    canonical(old[field]) === canonical(now[field])
      ? []
      : [{ field, before: json(old[field]), after: json(now[field]) }],
  );
}

const VERBS: Record<string, string> = {
  createEntity: 'added',
  updateEntity: 'edited',
  retireEntity: 'retired',
  restoreEntity: 'restored',
  createRelationship: 'added',
  updateRelationship: 'edited',
  retireRelationship: 'retired',
  restoreRelationship: 'restored',
  createSource: 'added the source',
  updateSource: 'edited the source',
  retireSource: 'retired the source',
  import: 'imported',
  importLayer: 'imported the layer',
  setEngagement: 'updated the engagement of',
  logInteraction: 'logged an interaction with',
  addAssessment: 'assessed',
  closeFollowUp: 'closed a follow-up with',
  setContactDetails: 'changed the contact details of',
  createBrief: 'wrote the brief',
  updateBrief: 'edited the brief',
  exportBrief: 'downloaded the brief',
  setUserRole: 'changed the role of',
  closeUserAccount: 'closed the account of',
  reopenUserAccount: 'reopened the account of',
  revokeUserApiToken: 'revoked an API token of',
  exportPersonalData: 'exported the personal data of',
  erasePersonalData: 'erased the personal data of',
  exportUserData: 'exported the data held about the user',
};

export interface DescribedChange {
  actor: string;
  action: string;
  targetId: string;
  entityIds: readonly string[];
  before: unknown;
  after: unknown;
}

/**
 * "Ann retired Socitm → LGA, MEMBER_OF": who did what to which record, with the names `nameOf`
 * knows (else ids).
 */
export function describeChange(change: DescribedChange, nameOf: (id: string) => string | undefined): string {
  const name = (id: string) => nameOf(id) ?? id;
  const verb = VERBS[change.action] ?? change.action;
  const kind = kindOfAction(change.action);
  const record = { ...fieldsOf(change.before), ...fieldsOf(change.after) };
  if (kind === 'RELATIONSHIP' && typeof record.from === 'string' && typeof record.to === 'string') {
    return `${change.actor} ${verb} ${name(record.from)} → ${name(record.to)}, ${String(record.type)}`;
  }
  const own = typeof record.name === 'string' ? record.name : typeof record.title === 'string' ? record.title : null;
  const target =
    kind === 'IMPORT' || kind === 'INTERACTION'
      ? change.entityIds.map(name).join(', ') || change.targetId
      : (nameOf(change.targetId) ?? own ?? change.targetId);
  return `${change.actor} ${verb} ${target}`;
}
