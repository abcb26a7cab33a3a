/**
 * Colleagues' changes as they are committed: the `changes` subscription over Server-Sent Events
 * (graphql-sse). Each change fetches again the queries that read what it touched, so the map and
 * details follow without a reload. A dropped connection is opened again from the last seq seen, so
 * nothing is missed; what the server sends twice is dropped by seq.
 */
import { createClient } from 'graphql-sse';
import { invalidate, operationQuery, type Change as Touched } from './queries.ts';
import { queryClient } from './query-client.ts';
import {
  FeedHeadDocument,
  InboxDocument,
  LiveChangesDocument,
  type ChangeKind,
  type LiveChangesSubscription,
} from './generated/operations.ts';
import { queryText } from './operation-text.ts';
import { request } from './request.ts';
import { authHeaders } from '../session/token.ts';

export type LiveChange = LiveChangesSubscription['changes'];

/** The cached queries each kind of change makes out of date. */
const TOUCHES: Record<ChangeKind, readonly Touched[]> = {
  ENTITY: ['graph'],
  RELATIONSHIP: ['graph'],
  SOURCE: ['graph'],
  IMPORT: ['graph', 'engagement'],
  PROFILE: ['engagement'],
  INTERACTION: ['engagement'],
  CONTACT: ['engagement'],
  BRIEF: ['briefs'],
  USER: [],
  PRIVACY: ['engagement'],
};

/** Whether the change concerns a stakeholder one watches (as the inbox last read says): only then is the inbox read again. */
function concernsWatched(change: LiveChange): boolean {
  const inbox = queryClient.getQueryData(operationQuery(InboxDocument, {}).queryKey);
  const watching = new Set(inbox?.inbox.watching.map((entity) => entity.id));
  return change.entityIds.some((id) => watching.has(id));
}

const listeners = new Set<(change: LiveChange) => void>();

/**
 * Hears every change the live stream delivers, while it runs (the shell's notices open it for
 * anyone signed in); returns the stop. Open forms use it to say they are stale.
 */
export function onLiveChange(listener: (change: LiveChange) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Pause before opening a dropped stream again: 1 s, doubling to 30 s. */
const reconnectDelay = (attempt: number) => Math.min(1_000 * 2 ** attempt, 30_000);

/**
 * Follows the feed from now on: refreshes what each change touched, then hands it to `onChange`.
 * Returns the stop.
 */
export function followChanges(onChange: (change: LiveChange) => void): () => void {
  // Reconnecting is ours (retryAttempts 0), so that each attempt resumes from the latest seq.
  const client = createClient({
    url: '/graphql',
    headers: () => authHeaders(),
    credentials: 'same-origin',
    retryAttempts: 0,
  });
  let last: number | null = null;
  let stopped = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsubscribe = () => {};

  const open = () => {
    if (stopped || last === null) return;
    unsubscribe = client.subscribe<LiveChangesSubscription>(
      { query: queryText(LiveChangesDocument), variables: { after: last } },
      {
        next: ({ data }) => {
          const change = data?.changes;
          if (!change || last === null || change.seq <= last) return;
          failures = 0;
          last = change.seq;
          void invalidate(concernsWatched(change) ? [...TOUCHES[change.kind], 'inbox'] : TOUCHES[change.kind]);
          onChange(change);
          for (const listener of listeners) listener(change);
        },
        error: () => retry(),
        // The server ends a stream only when it stops (a restart): follow on.
        complete: () => retry(),
      },
    );
  };
  const retry = () => {
    if (stopped) return;
    timer = setTimeout(start, reconnectDelay(failures++));
  };
  const start = () => {
    if (last !== null) return open();
    request(FeedHeadDocument, {}).then(
      ({ changes }) => {
        last = changes.head;
        open();
      },
      () => retry(),
    );
  };
  start();
  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
    client.dispose();
  };
}
