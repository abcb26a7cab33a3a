/**
 * Binds the graph view to the app: draws what is visible, follows the state (selection, layout,
 * pins, highlighted route, sizes) and reports taps and camera moves back as actions. Beside the
 * canvas: the map's summary in words (a live region) and the aggregates drawn.
 */
import { useMemo, useRef } from 'react';
import type { DrawingProgress } from '../../graph/types.ts';
import { useAtlasState } from '../../state/store.ts';
import { useNameOf, useVisible } from '../../state/hooks.ts';
import { AggregatesList } from './AggregatesList.tsx';
import { mapSummary } from './summary.ts';
import { useGraphView } from './useGraphView.ts';
import { useDrawElements, useMapElements, useViewEmphasis, useViewFollowsState } from './useMapDrawing.ts';
import { useMapKeyboard } from './useMapKeyboard.ts';

export function MapView() {
  const layout = useAtlasState((value) => value.layout);
  const container = useRef<HTMLDivElement>(null);
  const { viewRef, ready, laying, progress, aggregates, labelled } = useGraphView(container, layout);
  const keyboard = useMapKeyboard(viewRef);
  const elements = useMapElements();
  const drawn = useDrawElements(viewRef, ready, elements.nodes, elements.edges);
  useViewFollowsState(viewRef, ready, drawn, elements.nodes);
  useViewEmphasis(viewRef, ready, drawn, elements);
  const summary = useMapSummary(labelled);

  return (
    <>
      <div className="map-stage">
        <div
          className="map-canvas"
          ref={container}
          data-testid="map"
          data-drawn={drawn ? 'yes' : 'no'}
          data-layout-running={laying ? 'yes' : 'no'}
          role="group"
          aria-roledescription="network map"
          aria-label="Network map: arrow keys move between the labelled stakeholders, Enter selects, Escape clears"
          aria-describedby="map-summary"
          tabIndex={0}
          onKeyDown={keyboard.onKeyDown}
          onBlur={keyboard.onBlur}
        />
        {/* Shown only when a layout takes a while (CSS delays it), so quick ones do not flash. */}
        {laying && <LayingStatus progress={progress} stakeholders={elements.nodes.length} />}
      </div>
      <div className="map-aside">
        <p id="map-summary" className="map-summary" data-testid="map-summary" aria-live="polite">
          {summary}
        </p>
        <p className="map-keyboard" data-testid="map-keyboard" aria-live="polite">
          {keyboard.cursor ? `Keyboard on ${keyboard.cursor.label}: Enter selects it.` : ''}
        </p>
        <AggregatesList aggregates={aggregates} onExpand={(id) => viewRef.current?.expandAggregate(id)} />
      </div>
    </>
  );
}

/** The map in words: how much is on it, its layout, the names shown and the selection's neighbours. */
function useMapSummary(labelled: readonly string[]): string {
  const visible = useVisible();
  const selection = useAtlasState((value) => value.selection);
  const layout = useAtlasState((value) => value.layout);
  const nameOf = useNameOf();
  const focus = useMemo(() => {
    if (!selection || !visible.nodes.some((node) => node.id === selection)) return null;
    const neighbours = new Set<string>();
    for (const edge of visible.edges) {
      if (edge.source === selection) neighbours.add(edge.target);
      if (edge.target === selection) neighbours.add(edge.source);
    }
    return { name: nameOf(selection), neighbours: neighbours.size };
  }, [selection, visible, nameOf]);
  return mapSummary({
    stakeholders: visible.nodes.length,
    relationships: visible.edges.length,
    layout,
    labelled,
    focus,
  });
}

/** "Laying out 20,102 stakeholders… 40%" while a layout or drawing runs. */
function LayingStatus({ progress, stakeholders }: { progress: DrawingProgress | null; stakeholders: number }) {
  return (
    <p className="map-laying" role="status" data-testid="map-laying" data-phase={progress?.phase ?? 'layout'}>
      <span className="spinner" aria-hidden="true" />
      {progress?.phase === 'drawing' ? 'Drawing' : 'Laying out'} {stakeholders.toLocaleString('en-GB')} stakeholders…
      {progress && (
        <>
          {' '}
          {Math.round(progress.done * 100)}%
          <progress max={1} value={progress.done} aria-hidden="true" data-testid="map-progress" />
        </>
      )}
    </p>
  );
}
