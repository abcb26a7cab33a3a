/** The selected stakeholder: names over time, description, and its relationships by family with citations. */
import { FAMILIES } from '../../../core/vocabulary.ts';
import { FAMILY_STYLES, KIND_LABELS, typeWords } from '../../graph/palette.ts';
import { useAtlas } from '../app/AtlasContext.tsx';
import { CreateRelationship } from '../editing/CreateRelationship.tsx';
import { EntityEditor } from '../editing/EntityEditor.tsx';
import { EngagementSection } from '../engagement/EngagementSection.tsx';
import { FamilySwatch } from '../legend/Swatches.tsx';
import { Citations } from './Citations.tsx';
import { EntityActions } from './EntityActions.tsx';
import { formatPeriod } from './format.ts';
import { NamesOverTime } from './NamesOverTime.tsx';
import { RelationshipItem } from './RelationshipItem.tsx';
import type { EntityDetails } from './useEntityDetails.ts';

export function EntityDetailsView({
  details,
  onDataChanged,
  justCreated = false,
}: {
  details: EntityDetails;
  onDataChanged: () => void;
  /** Created a moment ago: say so, and offer its first relationship (focus on "Add a relationship…"). */
  justCreated?: boolean;
}) {
  const { state, visible, nameOf } = useAtlas();
  const entity = details.entity;
  if (!entity) return <p className="empty">This stakeholder is not in the atlas.</p>;

  const names = new Map(details.neighbourhood.nodes.map((node) => [node.id, node.name]));
  const localName = (id: string) => names.get(id) ?? nameOf(id);
  const shownName = names.get(entity.id) ?? entity.name;
  const relationships = details.neighbourhood.edges.filter(
    (edge) => edge.source === entity.id || edge.target === entity.id,
  );
  const onMap = visible.nodes.some((node) => node.id === entity.id);
  const type = 'type' in entity ? entity.type : null;
  const sector = 'sector' in entity ? entity.sector : null;
  const lifetime = 'validFrom' in entity ? formatPeriod(entity.validFrom, entity.validTo) : null;

  return (
    <div className="entity-details" data-testid="entity-details">
      <header className="details-header">
        <p className="eyebrow">
          {[KIND_LABELS[entity.kind], type && typeWords(type), sector && typeWords(sector)].filter(Boolean).join(' · ')}
        </p>
        <h2 id="details-title">{shownName}</h2>
        {shownName !== entity.name && (
          <p className="muted">
            Named as of {state.asOf}; now known as {entity.name}.
          </p>
        )}
        {lifetime && lifetime !== 'no dates given' && <p className="muted">Existed {lifetime}</p>}
      </header>
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
      <EntityEditor key={entity.id} id={entity.id} onChanged={onDataChanged} />
      <NamesOverTime aliases={entity.aliases} />
      {entity.citations.length > 0 && (
        <section className="details-section" aria-labelledby="named-heading">
          <h3 id="named-heading">Where the texts name it</h3>
          <Citations citations={entity.citations} />
        </section>
      )}
      <section className="details-section" aria-labelledby="relationships-heading">
        <h3 id="relationships-heading">
          Relationships <span className="count">{relationships.length}</span>
        </h3>
        {relationships.length === 0 && <p className="empty">No relationships under the current filters.</p>}
        <CreateRelationship
          key={entity.id}
          from={{ id: entity.id, name: entity.name }}
          onCreated={onDataChanged}
          autoFocus={justCreated}
        />
        {FAMILIES.map((family) => {
          const inFamily = relationships.filter((edge) => edge.family === family);
          if (inFamily.length === 0) return null;
          return (
            <section key={family} className="family-group" aria-label={`${FAMILY_STYLES[family].label} relationships`}>
              <h4>
                <FamilySwatch family={family} /> {FAMILY_STYLES[family].label}{' '}
                <span className="count">{inFamily.length}</span>
              </h4>
              {inFamily.map((edge) => (
                <RelationshipItem key={edge.id} edge={edge} nameOf={localName} />
              ))}
            </section>
          );
        })}
      </section>
      <EngagementSection entity={{ id: entity.id, name: entity.name }} />
    </div>
  );
}
