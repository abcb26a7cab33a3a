/** The selected stakeholder: names over time, description, and its relationships by family with citations. */
import { FAMILIES } from '../../../core/vocabulary.ts';
import { FAMILY_STYLES, KIND_LABELS, typeWords } from '../../graph/palette.ts';
import { useAtlasState } from '../../state/store.ts';
import { useNameOf, useVisible } from '../../state/hooks.ts';
import { graphFilterVariables } from '../../state/variables.ts';
import { FamilySwatch } from '../../ui/Swatches.tsx';
import { Citations } from './Citations.tsx';
import { EntityActions } from './EntityActions.tsx';
import { formatPeriod } from '../../ui/format.ts';
import { LeftOutNeighbours } from './LeftOutNeighbours.tsx';
import { History } from './History.tsx';
import { MentionedIn } from './MentionedIn.tsx';
import { NamesOverTime } from './NamesOverTime.tsx';
import { RelationshipItem } from './RelationshipItem.tsx';
import { SharedPeople } from './SharedPeople.tsx';
import type { ReactNode } from 'react';
import type { EntityDetailsQuery } from '../../api/generated/operations.ts';

export type EntityDetails = EntityDetailsQuery;

export function isEntityId(id: string | null): id is string {
  return !!id && /^(body|person|programme):/.test(id);
}

type Named = { id: string; name: string };
type Entity = NonNullable<EntityDetails['entity']>;
type Relationship = EntityDetails['neighbourhood']['edges'][number];

export interface EntityDetailsViewProps {
  details: EntityDetails;
  /** Created a moment ago: say so, and offer its first relationship (focus on "Add a relationship…"). */
  justCreated?: boolean;
  /** Parts other features add (the shell composes them): editing the stakeholder, adding a relationship, engagement. */
  editor: (entity: Named) => ReactNode;
  addRelationship: (entity: Named, autoFocus: boolean) => ReactNode;
  engagement: (entity: Named) => ReactNode;
}

export function EntityDetailsView({
  details,
  justCreated = false,
  editor,
  addRelationship,
  engagement,
}: EntityDetailsViewProps) {
  const state = useAtlasState((value) => value);
  const visible = useVisible();
  const nameOf = useNameOf();
  const entity = details.entity;
  if (!entity) return <p className="empty">This stakeholder is not in the atlas.</p>;

  const names = new Map(details.neighbourhood.nodes.map((node) => [node.id, node.name]));
  const localName = (id: string) => names.get(id) ?? nameOf(id);
  const shownName = names.get(entity.id) ?? entity.name;
  const relationships = details.neighbourhood.edges.filter(
    (edge) => edge.source === entity.id || edge.target === entity.id,
  );
  const onMap = visible.nodes.some((node) => node.id === entity.id);

  return (
    <div className="entity-details" data-testid="entity-details">
      <EntityHeader entity={entity} shownName={shownName} asOf={state.asOf} />
      {justCreated && (
        <p className="notice" role="status">
          Stakeholder created. Add its first relationship under Relationships.
        </p>
      )}
      {!onMap && (
        <p className="notice" role="note">
          Not on the map under the current filters. Use “Explore from here” to open its neighbourhood.
        </p>
      )}
      <EntityActions id={entity.id} name={shownName} />
      {entity.description && <p className="description">{entity.description}</p>}
      <Identifiers identifiers={entity.identifiers} />
      {editor({ id: entity.id, name: entity.name })}
      <NamesOverTime aliases={entity.aliases} />
      {entity.citations.length > 0 && (
        <section className="details-section" aria-labelledby="named-heading">
          <h3 id="named-heading">Where the texts name it</h3>
          <Citations citations={entity.citations} />
        </section>
      )}
      <MentionedIn
        id={entity.id}
        citedSources={
          new Set([...entity.citations, ...relationships.flatMap((edge) => edge.citations)].map((c) => c.source.id))
        }
      />
      <History key={`history ${entity.id}`} id={entity.id} />
      <section className="details-section" aria-labelledby="relationships-heading">
        <h3 id="relationships-heading">
          Relationships <span className="count">{relationships.length}</span>
        </h3>
        {relationships.length === 0 && <p className="empty">No relationships under the current filters.</p>}
        {/* Keyed (apart from its siblings' keys): another stakeholder starts with them not listed. */}
        <LeftOutNeighbours
          key={`left-out ${entity.id}`}
          entityId={entity.id}
          collapsed={details.neighbourhood.collapsed ?? []}
          filters={graphFilterVariables(state)}
          nameOf={localName}
        />
        {addRelationship({ id: entity.id, name: entity.name }, justCreated)}
        <RelationshipsByFamily relationships={relationships} nameOf={localName} />
      </section>
      {entity.kind === 'BODY' && (
        <SharedPeople bodyId={entity.id} bodyName={shownName} asOf={graphFilterVariables(state).asOf ?? null} />
      )}
      {engagement({ id: entity.id, name: entity.name })}
    </div>
  );
}

/** Kind, type and sector; the name as of the chosen year (and today's, when it differs); its lifetime. */
function EntityHeader({ entity, shownName, asOf }: { entity: Entity; shownName: string; asOf: number | null }) {
  const type = 'type' in entity ? entity.type : null;
  const sector = 'sector' in entity ? entity.sector : null;
  const lifetime = 'validFrom' in entity ? formatPeriod(entity.validFrom, entity.validTo) : null;
  return (
    <header className="details-header">
      <p className="eyebrow">
        {[KIND_LABELS[entity.kind], type && typeWords(type), sector && typeWords(sector)].filter(Boolean).join(' · ')}
      </p>
      <h2 id="details-title">{shownName}</h2>
      {shownName !== entity.name && (
        <p className="muted">
          Named as of {asOf}; now known as {entity.name}.
        </p>
      )}
      {lifetime && lifetime !== 'no dates given' && <p className="muted">Existed {lifetime}</p>}
    </header>
  );
}

function Identifiers({ identifiers }: { identifiers: Entity['identifiers'] }) {
  if (identifiers.length === 0) return null;
  return (
    <dl className="identifiers" aria-label="Identifiers">
      {identifiers.map((identifier) => (
        <div key={identifier.text}>
          <dt>{identifier.scheme}</dt>
          <dd>
            <code>{identifier.value}</code>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The relationships in one group per family (in the vocabulary's order), each with its count. */
function RelationshipsByFamily({
  relationships,
  nameOf,
}: {
  relationships: readonly Relationship[];
  nameOf: (id: string) => string;
}) {
  return FAMILIES.map((family) => {
    const inFamily = relationships.filter((edge) => edge.family === family);
    if (inFamily.length === 0) return null;
    return (
      <section key={family} className="family-group" aria-label={`${FAMILY_STYLES[family].label} relationships`}>
        <h4>
          <FamilySwatch family={family} /> {FAMILY_STYLES[family].label}{' '}
          <span className="count">{inFamily.length}</span>
        </h4>
        {inFamily.map((edge) => (
          <RelationshipItem key={edge.id} edge={edge} nameOf={nameOf} />
        ))}
      </section>
    );
  });
}
