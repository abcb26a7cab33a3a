/**
 * While a new stakeholder's name is typed: the existing stakeholders it may be (matchStakeholders),
 * each with the reason and a button that shows it instead. Only a warning: creating stays possible.
 */
import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  MatchStakeholdersDocument,
  type EntityKind,
  type MatchStakeholdersQuery,
} from '../../api/generated/operations.ts';
import { operationQuery } from '../../api/queries.ts';

export type ExistingStakeholder = MatchStakeholdersQuery['matchStakeholders'][number]['entity'];

const DEBOUNCE_MS = 300;
const MAX_NAME = 200;

export function PossibleDuplicates({
  name,
  kind,
  onShow,
}: {
  name: string;
  kind: EntityKind;
  onShow: (entity: ExistingStakeholder) => void;
}) {
  const [asked, setAsked] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAsked(name.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [name]);
  const matches = useQuery({
    ...operationQuery(MatchStakeholdersDocument, { name: asked, kind }),
    enabled: asked !== '' && asked.length <= MAX_NAME,
  });
  const found = asked !== '' ? (matches.data?.matchStakeholders ?? []) : [];
  if (found.length === 0) return null;
  return (
    <div className="possible-duplicates" role="status" data-testid="possible-duplicates">
      <ul>
        {found.map(({ entity, match, reason }) => (
          <li key={entity.id}>
            {match === 'POSSIBLE' ? 'Possibly the same as ' : 'Already in the atlas: '}
            <button type="button" className="link" onClick={() => onShow(entity)}>
              {entity.name}
            </button>{' '}
            ({reason})
          </li>
        ))}
      </ul>
      <p className="hint">Creating makes a new stakeholder all the same.</p>
    </div>
  );
}
