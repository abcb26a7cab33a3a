/**
 * Registers Cytoscape's layout and export extensions, loaded on demand so each stays in its own
 * bundle chunk (Cytoscape with every extension would be one very large file).
 */
import cytoscape, { type Core } from 'cytoscape';

let layouts: Promise<void> | undefined;
let layoutsReady = false;
let svg: Promise<void> | undefined;

export function registerLayouts(): Promise<void> {
  layouts ??= Promise.all([import('cytoscape-fcose'), import('cytoscape-dagre')]).then(([fcose, dagre]) => {
    cytoscape.use(fcose.default);
    cytoscape.use(dagre.default);
    layoutsReady = true;
  });
  return layouts;
}

export function layoutsRegistered(): boolean {
  return layoutsReady;
}

export interface SvgExportOptions {
  full?: boolean;
  scale?: number;
  bg?: string;
}

/**
 * cy.svg() from cytoscape-svg, loaded on first use: the extension touches `window` when it loads,
 * and draws through the browser renderer, so it exists only in a browser.
 */
export async function renderSvg(cy: Core, options: SvgExportOptions): Promise<string> {
  if (typeof window === 'undefined') throw new Error('SVG export needs a browser renderer.');
  svg ??= import('cytoscape-svg').then(({ default: extension }) => {
    cytoscape.use(extension);
  });
  await svg;
  return (cy as Core & { svg(options: SvgExportOptions): string }).svg(options);
}
