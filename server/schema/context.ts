/**
 * What every resolver receives: the executor bound to this request, who is asking, the request's
 * id and per-request DataLoaders.
 */
import DataLoader from 'dataloader';
import { getOperationAST, parse } from 'graphql';
import { ForbiddenError, UnauthenticatedError } from '../../core/errors.ts';
import { suggestedPower } from '../../core/graph/snapshot.ts';
import type { Feed } from '../feed/feed.ts';
import type { InfluenceCache, SuggestedPowerRow } from '../influence/cache.ts';
import { getContacts, type ContactRow } from '../repositories/contacts.ts';
import { getProfiles, type ProfileRow } from '../repositories/engagement.ts';
import { getEntities } from '../repositories/entity-lookup.ts';
import { toGraphFilter } from '../repositories/filters.ts';
import type { Executor } from '../repositories/executor.ts';
import { getSources } from '../repositories/sources.ts';
import type { EdgeRow, EntityRow, SourceRow } from '../repositories/types.ts';
import type { GraphIndex } from '../../core/graph/graph-index.ts';

export type Role = 'viewer' | 'editor' | 'admin';

/** How a request proved who it is. */
export type SignInMethod = 'session' | 'personal-token' | 'shared-token' | 'local';

/** Who is asking; also the actor the audit log and the records' createdBy/updatedBy name. */
export interface Viewer {
  /** Null when nobody is signed in. */
  role: Role | null;
  /** The user's name, "editor#1" (the first editor token of AUTH_TOKENS), "local", or "anonymous". */
  name: string;
  /** The user's id; null for shared tokens, the local user and anonymous requests. */
  id: string | null;
  method: SignInMethod | null;
}

export const ANONYMOUS: Viewer = { role: null, name: 'anonymous', id: null, method: null };

export interface Context {
  /** Every transaction it runs carries this request's id, operation name and viewer. */
  executor: Executor;
  viewer: Viewer;
  /** How one signs in here (for `me`). */
  signIn: { openIdConnect: boolean; sharedTokens: boolean };
  /** One per request: in the transactions' metadata and in masked errors and their log line. */
  requestId: string;
  /** The graph version in Neo4j as this request first read it (read once, when first asked). */
  graphVersion: () => Promise<string>;
  /** The graph in memory at that version, or null (then graph reads go to Neo4j). */
  graphIndex: () => Promise<GraphIndex<EdgeRow> | null>;
  /** The same, waiting for it to be built (reading a text); null when it cannot be. */
  builtGraphIndex: () => Promise<GraphIndex<EdgeRow> | null>;
  /** The app's influence cache: answers computed off the request path, per graph version. */
  influence: InfluenceCache;
  /** This instance's change feed: its sequencer and the tailer its subscriptions follow. */
  feed: Feed;
  loaders: {
    entity: DataLoader<string, EntityRow | null>;
    source: DataLoader<string, SourceRow | null>;
    profile: DataLoader<string, ProfileRow | null>;
    contact: DataLoader<string, ContactRow | null>;
    /** From the influence cache's snapshot of the whole network, however many profiles ask. */
    suggestedPower: DataLoader<string, SuggestedPowerRow>;
  };
}

export function createLoaders(executor: Executor, influence: InfluenceCache): Context['loaders'] {
  return {
    entity: new DataLoader((ids) => getEntities(executor, ids)),
    source: new DataLoader((ids) => getSources(executor, ids)),
    profile: new DataLoader((ids) => getProfiles(executor, ids)),
    contact: new DataLoader((ids) => getContacts(executor, ids)),
    suggestedPower: new DataLoader(async (ids) => {
      // PageRank over the unfiltered network, as the influence query's, computed off the request path.
      const { snapshot, freshness } = await influence.answer(toGraphFilter({}));
      return ids.map((id) => ({ ...suggestedPower(snapshot, id), freshness }));
    }),
  };
}

/**
 * The name of the operation a request runs: the one it names, or else its document's only
 * operation's; null for an anonymous one. Yoga builds the context before handing it the parsed
 * document, so the document is parsed again here when the request names no operation.
 */
export function operationNameOf(params: { query?: string; operationName?: string | null }): string | null {
  if (params.operationName) return params.operationName;
  if (!params.query) return null;
  try {
    return getOperationAST(parse(params.query, { noLocation: true }))?.name?.value ?? null;
  } catch {
    // Yoga answers the syntax error itself; the name does not matter then.
    return null;
  }
}

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

export function hasRole(context: { viewer: Viewer }, role: Role): boolean {
  const own = context.viewer.role;
  return own !== null && RANK[own] >= RANK[role];
}

/** Throws UNAUTHENTICATED when nobody is signed in, FORBIDDEN unless the viewer has at least the role. */
export function requireRole(context: Context, role: Role, doing: string): void {
  if (context.viewer.role === null) throw new UnauthenticatedError(`Sign in to ${doing}`);
  if (!hasRole(context, role)) {
    throw new ForbiddenError(`Only ${role === 'admin' ? 'admins' : 'editors and admins'} can ${doing}`);
  }
}
