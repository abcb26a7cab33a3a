/** The layouts as the reader reads them: on the toolbar's buttons and in the map's summary. */
import type { LayoutName } from '../../graph/types.ts';

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  force: 'Force',
  concentric: 'Rings by influence',
  hierarchy: 'Hierarchy',
};
