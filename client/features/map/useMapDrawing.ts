/**
 * What the map draws and how the view follows the state: the visible stakeholders and relationships
 * (with a shown period's retired ones), the first drawing and its shared camera, and the selection,
 * pins, sizes, layout, focus, highlighted route or interlock and the period's marks.
 */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { GraphView } from '../../graph/view.ts';
import type { GraphEdgeInput, GraphNodeInput, Viewport } from '../../graph/types.ts';
import { useAtlasState } from '../../state/store.ts';
import { useDiff, useGraph, useRouteIds, useScores, useStances, useVisible } from '../../state/hooks.ts';
import { diffMarks, retiredEdges, retiredEnds } from '../../state/diff.ts';
import { selectInterlockIds } from '../../state/selectors.ts';
import { useCommunityOf } from '../../state/communities.ts';
import { toEdgeInput, toNodeInput } from './toGraphInput.ts';

type ViewRef = RefObject<GraphView | null>;

/** The elements to draw: the visible ones, and while a period is shown, what it retired. */
export function useMapElements() {
  const visible = useVisible();
  const scores = useScores();
  const stances = useStances();
  const communities = useCommunityOf();
  const period = useAtlasState((value) => value.diff);
  const diffLines = useDiff().data?.networkDiff.entries;
  const shownDiff = useMemo(() => (period && diffLines ? diffLines : []), [period, diffLines]);
  const graph = useGraph().data;
  const nodes = useMemo(() => {
    // While a period is shown, the ends of the relationships it retired stay on the map with them.
    const ends = new Set(retiredEnds(shownDiff, new Set(visible.nodes.map((node) => node.id))));
    const shown = [...visible.nodes, ...(graph?.nodes ?? []).filter((node) => ends.has(node.id))];
    return shown.map((node) => toNodeInput(node, scores, stances, communities));
  }, [visible.nodes, graph, shownDiff, scores, stances, communities]);
  const edges = useMemo(() => {
    const drawn = visible.edges.map((edge) => toEdgeInput(edge, communities));
    // Relationships the period retired are no longer in the network: drawn from their last version.
    const nodeIds = new Set(nodes.map((node) => node.id));
    return [...drawn, ...retiredEdges(shownDiff, nodeIds, new Set(drawn.map((edge) => edge.id)))];
  }, [nodes, visible.edges, communities, shownDiff]);
  return { nodes, edges, shownDiff };
}

/** Hands the elements to the view; true once the first picture is drawn (and its camera applied). */
export function useDrawElements(
  viewRef: ViewRef,
  ready: boolean,
  nodes: GraphNodeInput[],
  edges: GraphEdgeInput[],
): boolean {
  const [drawn, setDrawn] = useState(false);
  const sharedViewport = useAtlasState((value) => value.viewport);
  const initialViewport = useRef<Viewport | null>(sharedViewport);
  useEffect(() => {
    const view = viewRef.current;
    if (!view || (nodes.length === 0 && !drawn)) return;
    const { settled } = view.setElements(nodes, edges);
    if (!drawn) {
      void settled.then(() => {
        // A shared link's camera applies once the first picture is drawn.
        if (initialViewport.current) view.setViewport(initialViewport.current);
        initialViewport.current = null;
        setDrawn(true);
      });
    }
  }, [nodes, edges, drawn, ready]);
  return drawn;
}

/** The view follows the state: sizes, layout runs, selection, pins, focus requests and the map tab. */
export function useViewFollowsState(viewRef: ViewRef, ready: boolean, drawn: boolean, nodes: GraphNodeInput[]) {
  const state = useAtlasState((value) => value);
  const scores = useScores();
  const firstLayout = useRef(state.layoutRun);

  useEffect(() => {
    viewRef.current?.setStyleOptions({ sizeBy: scores ? 'score' : 'degree' });
  }, [scores, ready]);

  useEffect(() => {
    // The first layout runs with the first drawing; later ones when the reader asks.
    if (state.layoutRun === firstLayout.current) return;
    firstLayout.current = -1;
    void viewRef.current?.runLayout(state.layout);
  }, [state.layout, state.layoutRun]);

  useEffect(() => viewRef.current?.select(state.selection), [state.selection, nodes, ready]);
  useEffect(() => viewRef.current?.setPinned(state.pinned), [state.pinned, nodes, ready]);

  // A focus request waits for its node while it stays selected: a stakeholder just created is drawn
  // only once the map's data has been read again.
  const focused = useRef<number | null>(null);
  useEffect(() => {
    const request = state.focusRequest;
    if (!request || !drawn || focused.current === request.seq || request.id !== state.selection) return;
    if (viewRef.current?.focus(request.id)) focused.current = request.seq;
  }, [state.focusRequest, state.selection, drawn, nodes]);

  useEffect(() => {
    if (state.view === 'map') viewRef.current?.resize();
  }, [state.view]);
}

/** The highlighted route or interlock, and a shown period's marks. */
export function useViewEmphasis(
  viewRef: ViewRef,
  ready: boolean,
  drawn: boolean,
  elements: ReturnType<typeof useMapElements>,
) {
  const { nodes, edges, shownDiff } = elements;
  const route = useRouteIds();
  const interlock = useAtlasState((value) => value.interlock);
  // A chosen interlock takes the route's place until another search or selection.
  const emphasis = selectInterlockIds(interlock) ?? route;
  useEffect(() => {
    viewRef.current?.highlightPath(emphasis?.nodeIds ?? [], emphasis?.edgeIds ?? []);
  }, [emphasis, nodes, ready]);

  useEffect(() => {
    viewRef.current?.highlightDiff(diffMarks(shownDiff));
  }, [shownDiff, nodes, edges, ready]);

  useEffect(() => {
    // A new route comes into view once; later redraws leave the camera to the reader.
    if (route && drawn) viewRef.current?.fit(route.nodeIds);
  }, [route, drawn]);
}
