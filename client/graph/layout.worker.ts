/**
 * The layout worker: computes layouts off the main thread, so a map of thousands of nodes never
 * freezes the page while it is laid out. One job at a time; the view replaces a worker whose job
 * it no longer needs.
 */
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { computeLayout, type LayoutJob } from './layout-job.ts';

cytoscape.use(fcose);
cytoscape.use(dagre);

self.onmessage = (event: MessageEvent<LayoutJob>) => {
  try {
    const positions = computeLayout(event.data, (done) => self.postMessage({ progress: done }));
    self.postMessage({ positions });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
