/**
 * A body's interlocks: the bodies it shares people with (as of the map's year), each person with
 * their roles and dates at both. Choosing a pair emphasises the shared people on the map.
 */
import { useQuery } from '@tanstack/react-query';
import { InterlocksOfDocument, type InterlocksOfQuery } from '../../api/generated/operations.ts';
import { operationQuery } from '../../api/queries.ts';
import { relationshipWords } from '../../graph/palette.ts';
import { dispatch, useAtlasState } from '../../state/store.ts';
import { formatPeriod } from '../../ui/format.ts';

type Interlock = InterlocksOfQuery['interlocksOf'][number];
type Link = Interlock['people'][number]['here'][number];

function roleWords(links: readonly Link[]): string {
  return links
    .map((link) => `${link.role ?? relationshipWords(link.type)} (${formatPeriod(link.validFrom, link.validTo)})`)
    .join('; ');
}

export function SharedPeople({ bodyId, bodyName, asOf }: { bodyId: string; bodyName: string; asOf: string | null }) {
  const interlocks = useQuery(operationQuery(InterlocksOfDocument, { id: bodyId, asOf }));
  const chosen = useAtlasState((state) => state.interlock);
  const list = interlocks.data?.interlocksOf ?? [];

  function choose(interlock: Interlock) {
    const isChosen = chosen?.bodies[1] === interlock.body.id && chosen.bodies[0] === bodyId;
    dispatch({
      type: 'showInterlock',
      interlock: isChosen
        ? null
        : {
            bodies: [bodyId, interlock.body.id],
            people: interlock.people.map((shared) => shared.person.id),
            edges: interlock.people.flatMap((shared) => [...shared.here, ...shared.there].map((link) => link.id)),
          },
    });
  }

  return (
    <section
      className="details-section shared-people"
      aria-labelledby="shared-people-heading"
      data-testid="shared-people"
    >
      <h3 id="shared-people-heading">
        Shares people with <span className="count">{list.length}</span>
      </h3>
      {interlocks.isError && (
        <p className="error" role="alert">
          Could not list shared people: {interlocks.error.message}
        </p>
      )}
      {interlocks.isSuccess && list.length === 0 && (
        <p className="empty">
          No other body shares people with {bodyName}
          {asOf ? ` in ${asOf}` : ''}.
        </p>
      )}
      <ul className="interlocks">
        {list.map((interlock) => {
          const isChosen = chosen?.bodies[0] === bodyId && chosen.bodies[1] === interlock.body.id;
          return (
            <li key={interlock.body.id} className={isChosen ? 'interlock chosen' : 'interlock'}>
              <button type="button" className="link" aria-pressed={isChosen} onClick={() => choose(interlock)}>
                {interlock.body.name}: {interlock.people.length} {interlock.people.length === 1 ? 'person' : 'people'}
              </button>
              <ul className="shared">
                {interlock.people.map((shared) => (
                  <li key={shared.person.id}>
                    <strong>{shared.person.name}</strong>
                    <span className="muted">
                      {' '}
                      {bodyName}: {roleWords(shared.here)}; {interlock.body.name}: {roleWords(shared.there)}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
