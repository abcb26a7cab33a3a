/**
 * The Changes view: the feed as readable lines, by period, user and stakeholder, a page at a time;
 * and what the period changed in the network (networkDiff), as a list and on the map.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type Dispatch, type SetStateAction } from 'react';
import { ChangesPageDocument } from '../../api/generated/operations.ts';
import { operationQuery } from '../../api/queries.ts';
import { nextDay } from '../../state/diff.ts';
import { dispatch } from '../../state/store.ts';
import { ChangeLine } from '../../ui/ChangeLine.tsx';
import { StakeholderPicker } from '../../ui/StakeholderPicker.tsx';
import { NetworkDiffList } from './NetworkDiffList.tsx';

const PAGE = 50;

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

export interface ChangesFilter {
  from: string;
  to: string;
  user: string;
  stakeholder: string | null;
}

export function ChangesView() {
  const { filter, change, badPeriod, page, pages, setPages } = useChangesPage();
  return (
    <section className="changes-view" aria-labelledby="changes-heading" data-testid="changes-view">
      <h2 id="changes-heading">What changed</h2>
      <ChangesFilters filter={filter} change={change} />
      {badPeriod && (
        <p className="error" role="alert">
          “To” must be on or after “From”.
        </p>
      )}
      <div className="changes-columns">
        <ChangesFeed page={page} earlier={pages.length >= 2} setPages={setPages} />
        <NetworkDiffList
          from={filter.from}
          to={filter.to}
          disabled={badPeriod}
          onShowOnMap={() => dispatch({ type: 'showDiff', diff: { from: filter.from, to: filter.to || null } })}
        />
      </div>
    </section>
  );
}

/** The filter (this week by default), the pages seen so far (a new filter starts again) and the page read. */
function useChangesPage() {
  const [filter, setFilter] = useState<ChangesFilter>({ from: daysAgo(7), to: '', user: '', stakeholder: null });
  // The `after` of each page shown so far: the last is the current page's.
  const [pages, setPages] = useState<number[]>([0]);
  const change = (patch: Partial<ChangesFilter>) => {
    setFilter((old) => ({ ...old, ...patch }));
    setPages([0]);
  };
  const badPeriod = filter.from !== '' && filter.to !== '' && filter.to < filter.from;
  const variables = {
    after: pages.at(-1)!,
    first: PAGE,
    from: filter.from || null,
    to: filter.to ? nextDay(filter.to) : null,
    user: filter.user.trim() || null,
    stakeholder: filter.stakeholder,
  };
  const page = useQuery({
    ...operationQuery(ChangesPageDocument, variables),
    enabled: !badPeriod,
    placeholderData: keepPreviousData,
  });
  return { filter, change, badPeriod, page, pages, setPages };
}

function ChangesFilters({
  filter,
  change,
}: {
  filter: ChangesFilter;
  change: (patch: Partial<ChangesFilter>) => void;
}) {
  return (
    <form className="changes-filters" onSubmit={(event) => event.preventDefault()} aria-label="Which changes">
      <label>
        From <input type="date" value={filter.from} onChange={(event) => change({ from: event.target.value })} />
      </label>
      <label>
        To (included) <input type="date" value={filter.to} onChange={(event) => change({ to: event.target.value })} />
      </label>
      <label>
        By{' '}
        <input
          type="search"
          placeholder="user id or token name"
          value={filter.user}
          onChange={(event) => change({ user: event.target.value })}
        />
      </label>
      <StakeholderPicker
        label="Stakeholder"
        value={filter.stakeholder}
        onChange={(id) => change({ stakeholder: id })}
        testId="changes-stakeholder"
      />
    </form>
  );
}

/** The page of changes as readable lines, with Earlier and Later. */
function ChangesFeed({
  page,
  earlier,
  setPages,
}: {
  page: ReturnType<typeof useChangesPage>['page'];
  earlier: boolean;
  setPages: Dispatch<SetStateAction<number[]>>;
}) {
  const changes = page.data?.changes;
  return (
    <section aria-labelledby="feed-heading" className="changes-feed">
      <h3 id="feed-heading">
        Changes{' '}
        {changes && (
          <span className="count" data-testid="changes-count">
            {changes.changes.length}
            {changes.hasMore ? '+' : ''}
          </span>
        )}
      </h3>
      {page.error && (
        <p className="error" role="alert">
          {page.error.message}
        </p>
      )}
      {changes && changes.changes.length === 0 && <p className="empty">No changes match.</p>}
      <ol className="change-list">
        {changes?.changes.map((entry) => (
          <ChangeLine key={entry.seq} change={entry} />
        ))}
      </ol>
      <div className="pager">
        <button type="button" disabled={!earlier} onClick={() => setPages((old) => old.slice(0, -1))}>
          ← Earlier
        </button>
        <button
          type="button"
          disabled={!changes?.hasMore}
          onClick={() => changes && setPages((old) => [...old, changes.endSeq])}
        >
          Later →
        </button>
      </div>
    </section>
  );
}
