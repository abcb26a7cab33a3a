/**
 * The community overview over the map: each community one bubble named after its leading members,
 * sized by membership and placed where its members are on the map, with links as wide as the
 * relationships between two communities are many. A bubble is a button: it opens its community
 * (the map zoomed onto its members, coloured by community). Geometry in graph/community-overview.ts.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { placeBubbleNames, type BubbleName } from '../../graph/bubble-labels.ts';
import { OVERVIEW_TOP, overviewLinks, placeBubbles, type Bubble } from '../../graph/community-overview.ts';
import { createMeasure } from '../../graph/label-layer.ts';
import { communityColour } from '../../graph/palette.ts';
import { useCommunities } from '../../state/communities.ts';
import { useVisible } from '../../state/hooks.ts';
import { dispatch, useAtlas, useAtlasState } from '../../state/store.ts';

/** The overview box's size, followed as the window changes. */
function useBoxSize(element: HTMLElement | null): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(() => setSize({ width: element.clientWidth, height: element.clientHeight }));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return size;
}

export function CommunityOverview() {
  const overview = useAtlasState((state) => state.overview);
  if (!overview) return null;
  return <OverviewDrawing />;
}

function OverviewDrawing() {
  const answer = useCommunities().data;
  const graphView = useAtlas((store) => store.graphView);
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const box = useBoxSize(element);
  const closeButton = useRef<HTMLButtonElement>(null);
  const communities = answer?.communities;
  const { bubbles, names, links } = useOverviewGeometry(communities, box);
  useEffect(() => closeButton.current?.focus(), []);

  function open(bubble: Bubble) {
    const members = communities?.find((community) => community.id === bubble.id)?.memberIds ?? [];
    dispatch({ type: 'setOverview', overview: false });
    dispatch({ type: 'setColourBy', colourBy: 'community' });
    graphView?.fit(members);
  }

  return (
    <div
      className="community-overview"
      ref={setElement}
      role="region"
      aria-label="Community overview"
      data-testid="community-overview"
    >
      <div className="community-overview-bar">
        <span data-testid="community-overview-summary">
          {answer
            ? `${answer.total.toLocaleString('en-GB')} communities; the ${bubbles.length} largest drawn, each sized by its members. Choose one to open it.`
            : 'Finding communities…'}
        </span>
        <button type="button" ref={closeButton} onClick={() => dispatch({ type: 'setOverview', overview: false })}>
          Back to the map
        </button>
      </div>
      <OverviewLinks links={links} bubbles={bubbles} box={box} />
      {bubbles.map((bubble) => (
        <button
          key={bubble.id}
          type="button"
          className="community-bubble"
          data-testid="community-bubble"
          data-community={bubble.id}
          style={{
            left: bubble.x - bubble.radius,
            top: bubble.y - bubble.radius,
            width: 2 * bubble.radius,
            height: 2 * bubble.radius,
            background: communityColour(bubble.id),
          }}
          aria-label={`Community ${bubble.id}: ${bubble.label}, ${bubble.size.toLocaleString('en-GB')} stakeholders. Open it on the map.`}
          onClick={() => open(bubble)}
        >
          <BubbleNameLabel bubble={bubble} name={names.get(bubble.id) ?? null} />
        </button>
      ))}
    </div>
  );
}

type Communities = NonNullable<ReturnType<typeof useCommunities>['data']>['communities'];
type Links = ReturnType<typeof overviewLinks>;

/** The bubbles where the communities' members are on the map, their names (none overlapping) and the links. */
function useOverviewGeometry(communities: Communities | undefined, box: { width: number; height: number }) {
  const graphView = useAtlas((store) => store.graphView);
  // Read the map's places again after each layout.
  const layoutsDone = useAtlas((store) => store.layoutsDone);
  const visible = useVisible();
  const communityOf = useMemo(() => {
    const of = new Map<string, number>();
    for (const community of communities ?? []) for (const id of community.memberIds) of.set(id, community.id);
    return of;
  }, [communities]);
  const bubbles = useMemo(() => {
    if (!communities || box.width === 0) return [];
    const centres = graphView?.centres(communityOf) ?? new Map<number, { x: number; y: number }>();
    const leading = communities.map((community) => ({
      id: community.id,
      size: community.size,
      leading: community.centralMembers.map((member) => member.entity.name),
    }));
    return placeBubbles(leading, centres, box);
    // layoutsDone: the places have changed.
  }, [communities, communityOf, graphView, box, layoutsDone]);
  const measure = useMemo(() => createMeasure(), []);
  // Names placed so that none overlaps another (shortened or left out where they would).
  const names = useMemo(
    () => placeBubbleNames(bubbles, { ...box, top: OVERVIEW_TOP }, measure),
    [bubbles, box, measure],
  );
  const links = useMemo(() => overviewLinks(communityOf, visible.edges), [communityOf, visible.edges]);
  return { bubbles, names, links };
}

/** A line between two bubbles, as wide as the relationships between their communities are many. */
function OverviewLinks({
  links,
  bubbles,
  box,
}: {
  links: Links;
  bubbles: readonly Bubble[];
  box: { width: number; height: number };
}) {
  const at = new Map(bubbles.map((bubble) => [bubble.id, bubble]));
  const widest = Math.max(1, ...links.map((link) => link.count));
  return (
    <svg className="community-links" width={box.width} height={box.height} aria-hidden="true">
      {links.map((link) => {
        const from = at.get(link.from);
        const to = at.get(link.to);
        if (!from || !to) return null;
        return (
          <line
            key={`${link.from}-${link.to}`}
            x1={from.x}
            y1={from.y}
            x2={to.x}
            y2={to.y}
            strokeWidth={1 + 9 * Math.sqrt(link.count / widest)}
            data-count={link.count}
          />
        );
      })}
    </svg>
  );
}

/** The bubble's border width (stage.css). */
const BUBBLE_BORDER = 2;

/** A bubble's name at the place and size bubble-labels.ts gave it (relative to the bubble's button). */
function BubbleNameLabel({ bubble, name }: { bubble: Bubble; name: BubbleName | null }) {
  if (!name) return null;
  return (
    <span
      className="community-bubble-label"
      data-testid="community-bubble-label"
      style={{
        // Placed inside the button's border.
        left: name.x - (bubble.x - bubble.radius) - BUBBLE_BORDER,
        top: name.y - (bubble.y - bubble.radius) - BUBBLE_BORDER,
        width: name.width,
        height: name.height,
      }}
    >
      {name.lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
      {name.note ? <small>{name.note}</small> : null}
    </span>
  );
}
