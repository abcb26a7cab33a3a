/**
 * The left panel's tools and how the keys move between them. The row holds the first tools and one
 * "More" tab for the rest (which shows the chosen one's name), so it stays one row in the panel's
 * 250 to 290 pixels; the arrow keys still walk through every tool in order.
 */
import type { AtlasState } from '../../state/types.ts';

export type Panel = AtlasState['panel'];
export interface ToolTab {
  panel: Panel;
  label: string;
  editors?: boolean;
}

export const ALL_TOOL_TABS: readonly ToolTab[] = [
  { panel: 'filters', label: 'Filters' },
  { panel: 'paths', label: 'Paths' },
  { panel: 'influence', label: 'Influence' },
  { panel: 'communities', label: 'Communities' },
  { panel: 'warm', label: 'Warm routes', editors: true },
  { panel: 'follow-ups', label: 'Follow-ups', editors: true },
  { panel: 'briefs', label: 'Briefs' },
];

/** How many tools get a tab of their own in the row; the rest are under "More". */
export const TABS_IN_ROW = 3;

/** The tools this reader may open, split into the row's tabs and the "More" menu's. */
export function toolTabs(canEdit: boolean): { row: ToolTab[]; more: ToolTab[] } {
  const tabs = ALL_TOOL_TABS.filter((tab) => canEdit || !tab.editors);
  return { row: tabs.slice(0, TABS_IN_ROW), more: tabs.slice(TABS_IN_ROW) };
}

/**
 * The tool a key moves to from `current` in `tabs` (wrapping), or null for any other key:
 * ArrowRight/ArrowDown next, ArrowLeft/ArrowUp previous, Home first, End last.
 */
export function toolAfterKey(tabs: readonly ToolTab[], current: Panel, key: string): Panel | null {
  if (tabs.length === 0) return null;
  const index = Math.max(
    0,
    tabs.findIndex((tab) => tab.panel === current),
  );
  const to = (position: number) => tabs[(position + tabs.length) % tabs.length]!.panel;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return to(index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return to(index - 1);
    case 'Home':
      return to(0);
    case 'End':
      return to(tabs.length - 1);
    default:
      return null;
  }
}
