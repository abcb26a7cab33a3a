/**
 * The right-hand panel: the selected stakeholder or relationship, or a short guide when none is; for
 * editors, the "New stakeholder" form while it is open.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { EntityDetailsDocument, type EntityKind } from '../../api/generated/operations.ts';
import { operationQuery } from '../../api/queries.ts';
import { FAMILY_STYLES } from '../../graph/palette.ts';
import { useSession } from '../../session/session.ts';
import { useActiveRoute, useNameOf, useVisible } from '../../state/hooks.ts';
import { dispatch, rememberName, useAtlasState } from '../../state/store.ts';
import { graphFilterVariables } from '../../state/variables.ts';
import { FamilySwatch } from '../../ui/Swatches.tsx';
import { EntityDetailsView, isEntityId } from '../details/EntityDetailsView.tsx';
import { DETAILS_NEIGHBOURS } from '../details/LeftOutNeighbours.tsx';
import { RelationshipItem } from '../details/RelationshipItem.tsx';
import { CreateEntity } from '../editing/CreateEntity.tsx';
import { CreateRelationship } from '../editing/CreateRelationship.tsx';
import { EntityEditor } from '../editing/EntityEditor.tsx';
import { RelationshipEditor } from '../editing/RelationshipEditor.tsx';
import { EngagementSection } from '../engagement/EngagementSection.tsx';

export interface DetailsPanelProps {
  /** The "New stakeholder" form is open (editors). */
  creating: boolean;
  onCreatingDone: () => void;
}

export function DetailsPanel({ creating, onCreatingDone }: DetailsPanelProps) {
  const state = useAtlasState((value) => value);
  const selection = state.selection;
  const entityId = isEntityId(selection) ? selection : null;
  const details = useQuery({
    ...operationQuery(EntityDetailsDocument, {
      id: entityId ?? '',
      limitPerNode: DETAILS_NEIGHBOURS,
      ...graphFilterVariables(state),
    }),
    enabled: entityId !== null,
    // Under new filters the same stakeholder's details stay while the new ones load.
    placeholderData: keepPreviousData,
  });
  // Signing out (or a viewer's token) hides the form with the button that opened it.
  const { canEdit } = useSession();
  const showForm = creating && canEdit;
  const creation = useNewStakeholder(onCreatingDone);

  let body;
  if (showForm) {
    body = (
      <CreateEntity
        onCreated={creation.onCreated}
        onCancel={creation.onCancel}
        onShowExisting={creation.onShowExisting}
      />
    );
  } else if (!selection) {
    body = <Guide />;
  } else if (entityId) {
    body = details.isError ? (
      <p className="error" role="alert">
        Could not load the details: {details.error?.message}
      </p>
    ) : details.data && details.data.entity?.id === selection ? (
      <EntityDetailsView
        details={details.data}
        justCreated={creation.created === details.data.entity.id}
        editor={(entity) => <EntityEditor key={entity.id} id={entity.id} />}
        addRelationship={(entity, autoFocus) => (
          <CreateRelationship key={entity.id} from={entity} autoFocus={autoFocus} />
        )}
        engagement={(entity) => <EngagementSection entity={entity} />}
      />
    ) : (
      <p className="loading">Loading details…</p>
    );
  } else {
    body = <RelationshipDetails id={selection} />;
  }

  return (
    <aside className="details-panel" aria-label="Details" aria-busy={details.isFetching}>
      {selection && !showForm && (
        <button type="button" className="close" onClick={() => dispatch({ type: 'select', id: null })}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">Close details</span>
        </button>
      )}
      {body}
    </aside>
  );
}

/**
 * The "New stakeholder" form's outcomes: the one created (while it stays selected, its details offer
 * a first relationship), an existing one chosen instead, or cancel (focus back on the button).
 */
function useNewStakeholder(onCreatingDone: () => void) {
  const selection = useAtlasState((value) => value.selection);
  const kinds = useAtlasState((value) => value.filters.kinds);
  const scope = useAtlasState((value) => value.scope);
  const [created, setCreated] = useState<string | null>(null);
  useEffect(() => {
    if (created && selection !== created) setCreated(null);
  }, [created, selection]);

  function onCreated(entity: { id: string; kind: EntityKind }) {
    onCreatingDone();
    setCreated(entity.id);
    // Make sure the map can show it: its kind shown, and in an exploration, its own neighbourhood.
    if (!kinds.includes(entity.kind)) dispatch({ type: 'toggleKind', kind: entity.kind });
    if (scope === 'explore') dispatch({ type: 'expand', id: entity.id, depth: 1 });
    // Selected, it stays on the map without any relationship.
    dispatch({ type: 'select', id: entity.id, focus: true });
  }

  function onShowExisting(entity: { id: string; name: string; kind: EntityKind }) {
    onCreatingDone();
    rememberName(entity);
    if (!kinds.includes(entity.kind)) dispatch({ type: 'toggleKind', kind: entity.kind });
    dispatch({ type: 'select', id: entity.id, focus: true });
  }

  function onCancel() {
    onCreatingDone();
    document.getElementById('new-stakeholder')?.focus();
  }
  return { created, onCreated, onShowExisting, onCancel };
}

/** The selected relationship (on the map or on the chosen route), with its editor. */
function RelationshipDetails({ id }: { id: string }) {
  const visible = useVisible();
  const route = useActiveRoute();
  const nameOf = useNameOf();
  const edge =
    visible.edges.find((candidate) => candidate.id === id) ?? route?.edges.find((candidate) => candidate.id === id);
  if (!edge) return <p className="empty">This relationship is not on the map under the current filters.</p>;
  return (
    <div data-testid="relationship-details">
      <p className="eyebrow">
        <FamilySwatch family={edge.family} /> {FAMILY_STYLES[edge.family].label} relationship
      </p>
      <RelationshipItem edge={edge} nameOf={nameOf} />
      <RelationshipEditor key={edge.id} edge={edge} />
    </div>
  );
}

function Guide() {
  const visible = useVisible();
  return (
    <div className="guide">
      <h2>Stakeholder Atlas</h2>
      <p>
        Who influences whom in UK local public services: {visible.nodes.length} stakeholders and {visible.edges.length}{' '}
        relationships in this view, each cited to the text it comes from.
      </p>
      <ul>
        <li>Search for a body, person or programme by any of its names or acronyms.</li>
        <li>Select a stakeholder on the map or in the table to see its names over time, relationships and sources.</li>
        <li>
          Filter by relationship family, kind and confidence, or move the year slider to see the network as it was.
        </li>
        <li>Find routes between two stakeholders, or size the map by influence.</li>
      </ul>
    </div>
  );
}
