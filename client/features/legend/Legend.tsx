/** The map's key: shapes for kinds, colours for body types on the map, line styles for families. */
import { ENTITY_KINDS, FAMILIES, INFLUENCE_METRICS, type BodyType } from '../../../core/vocabulary.ts';
import {
  BODY_TYPE_COLOURS,
  FAMILY_STYLES,
  KIND_LABELS,
  PERSON_COLOUR,
  PROGRAMME_COLOUR,
  STANCE_COLOURS,
  isBodyType,
  typeWords,
} from '../../graph/palette.ts';
import { communityColour, OTHER_COMMUNITY_COLOUR } from '../../graph/palette.ts';
import { useCommunities } from '../../state/communities.ts';
import { useAtlasState } from '../../state/store.ts';
import { useStances, useVisible } from '../../state/hooks.ts';
import { STANCES, STANCE_LABELS } from '../../ui/format.ts';
import { FamilySwatch, KindSwatch } from '../../ui/Swatches.tsx';

export function Legend() {
  const visible = useVisible();
  const state = useAtlasState((value) => value);
  const stances = useStances();
  const shownStances = STANCES.filter((stance) => visible.nodes.some((node) => stances.get(node.id) === stance));
  const bodyTypes = [...new Set(visible.nodes.map((node) => node.type).filter(isBodyType))].sort() as BodyType[];
  return (
    <aside className="legend" aria-label="Legend">
      <h2 className="legend-title">Legend</h2>
      <ul className="legend-list legend-kinds">
        {ENTITY_KINDS.map((kind) => (
          <li key={kind}>
            <KindSwatch
              kind={kind}
              colour={kind === 'PERSON' ? PERSON_COLOUR : kind === 'PROGRAMME' ? PROGRAMME_COLOUR : '#4a5568'}
            />
            {KIND_LABELS[kind]}
          </li>
        ))}
      </ul>
      {state.colourBy === 'community' && <CommunityKey />}
      {state.colourBy === 'type' && bodyTypes.length > 0 && (
        <ul className="legend-list legend-types" aria-label="Body types">
          {bodyTypes.map((type) => (
            <li key={type}>
              <span className="legend-dot" style={{ background: BODY_TYPE_COLOURS[type] }} aria-hidden="true" />
              {typeWords(type)}
            </li>
          ))}
        </ul>
      )}
      <ul className="legend-list legend-families" aria-label="Relationship families">
        {FAMILIES.map((family) => (
          <li key={family}>
            <FamilySwatch family={family} />
            {FAMILY_STYLES[family].label}
          </li>
        ))}
      </ul>
      {shownStances.length > 0 && (
        <ul className="legend-list legend-stances" aria-label="Stance rings">
          {shownStances.map((stance) => (
            <li key={stance}>
              <span className="legend-ring" style={{ borderColor: STANCE_COLOURS[stance] }} aria-hidden="true" />
              {STANCE_LABELS[stance]}
            </li>
          ))}
        </ul>
      )}
      <p className="legend-note">
        Arrow: direction · Width: confidence · Size:{' '}
        {state.influence ? INFLUENCE_METRICS[state.influence].word : 'links'}
      </p>
    </aside>
  );
}

/** Colours by community: each of the largest by its most central member, the rest grey. */
function CommunityKey() {
  const communities = useCommunities().data?.communities ?? [];
  return (
    <ul className="legend-list legend-communities" aria-label="Communities">
      {communities.map((community) => (
        <li key={community.id}>
          <span className="legend-dot" style={{ background: communityColour(community.id) }} aria-hidden="true" />
          {community.centralMembers[0]?.entity.name ?? `Community ${community.id}`} and others
        </li>
      ))}
      <li>
        <span className="legend-dot" style={{ background: OTHER_COMMUNITY_COLOUR }} aria-hidden="true" />
        smaller communities
      </li>
    </ul>
  );
}
