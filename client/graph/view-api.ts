/** What the graph view offers the app (view.ts composes it): options, results and methods. */
import type { DiffMark } from './emphasis.ts';
import type { LabelledNode } from './map-labels.ts';
import type { Aggregate } from './supernodes.ts';
import type { GraphSnapshot } from './snapshot.ts';
import type {
  DiffResult,
  DrawingProgress,
  GraphEdgeInput,
  GraphNodeInput,
  LayoutName,
  StyleOptions,
  Viewport,
} from './types.ts';

export interface GraphViewOptions {
  layout?: LayoutName;
  style?: StyleOptions;
  /** Animate layouts and camera moves (off in tests and for the first drawing). */
  animate?: boolean;
  /** A node or edge was tapped. */
  onSelect?: (id: string) => void;
  /** The empty background was tapped. */
  onBackgroundTap?: () => void;
  /** Pan or zoom changed (called often while the user drags: debounce it). */
  onViewportChange?: (viewport: Viewport) => void;
  /** A layout started or finished. */
  onLayoutRunning?: (running: boolean) => void;
  /** How far a large map's layout and drawing are; null once it is drawn. */
  onProgress?: (progress: DrawingProgress | null) => void;
  /** The aggregates drawn changed (supernodes.ts): for a list of them with buttons to expand. */
  onAggregates?: (aggregates: readonly Aggregate[]) => void;
  /** The names on the map changed (after the view rests, a layout, a selection): read labelled(). */
  onLabelsChange?: () => void;
  /** Draw with WebGL (default: where the browser has a hardware GPU; renderer.ts). */
  webgl?: boolean;
}

export interface SetElementsResult extends DiffResult {
  /** Settles when new nodes are placed (or the first layout is done). */
  settled: Promise<void>;
  /** Settles at the first useful picture: a large map's frame drawn (otherwise as settled). */
  firstPicture: Promise<void>;
}

export interface GraphView {
  setElements(nodes: readonly GraphNodeInput[], edges: readonly GraphEdgeInput[]): SetElementsResult;
  setStyleOptions(style: StyleOptions): void;
  runLayout(name: LayoutName, options?: { animate?: boolean; fit?: boolean }): Promise<void>;
  /** Emphasises a route; empty lists clear the emphasis. */
  highlightPath(nodeIds: readonly string[], edgeIds: readonly string[]): void;
  /** Marks what a period changed (gained, ended, edited); an empty map clears the marks. */
  highlightDiff(marks: ReadonlyMap<string, DiffMark>): void;
  /** Centres on a node or edge; false when it is not on the map. */
  focus(id: string): boolean;
  select(id: string | null): void;
  setPinned(ids: readonly string[]): void;
  /** Fits the given elements (all when none are given) in view. */
  fit(ids?: readonly string[]): void;
  /** The container changed size (it was hidden, or the window changed). */
  resize(): void;
  exportPng(): Promise<Blob>;
  exportSvg(): Promise<string>;
  exportJson(): object;
  viewport(): Viewport;
  setViewport(viewport: Viewport): void;
  snapshot(): GraphSnapshot;
  /** The middle of each group's nodes on the map, in model units (the community overview's places). */
  centres(groupOf: ReadonlyMap<string, number>): Map<number, { x: number; y: number }>;
  /** The stakeholders named on the map now, best first (influence order), with where they are. */
  labelled(): LabelledNode[];
  /** Marks a stakeholder for the keyboard (a dashed ring); null clears it. */
  setKeyboardFocus(id: string | null): void;
  /** The aggregates drawn now (supernodes.ts). */
  aggregates(): readonly Aggregate[];
  /** Draws an aggregate's members instead of it; false when there is no such aggregate. */
  expandAggregate(id: string): boolean;
  destroy(): void;
}
