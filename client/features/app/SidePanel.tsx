/** The left panel: Filters, Paths, Influence, Communities (and Warm routes for editors) as tabs (arrow keys move between them). */
import type { KeyboardEvent, ReactNode } from 'react';
import type { AtlasState } from '../../state/types.ts';
import { useSession } from '../../session/session.ts';
import { dispatch, useAtlasState } from '../../state/store.ts';

type Panel = AtlasState['panel'];
const ALL_TABS: { panel: Panel; label: string; editors?: boolean }[] = [
  { panel: 'filters', label: 'Filters' },
  { panel: 'paths', label: 'Paths' },
  { panel: 'influence', label: 'Influence' },
  { panel: 'communities', label: 'Communities' },
  { panel: 'warm', label: 'Warm routes', editors: true },
  { panel: 'follow-ups', label: 'Follow-ups', editors: true },
  { panel: 'briefs', label: 'Briefs' },
];

export function SidePanel({ panels }: { panels: Record<Panel, ReactNode> }) {
  const panel = useAtlasState((state) => state.panel);
  const { canEdit } = useSession();
  const TABS = ALL_TABS.filter((tab) => canEdit || !tab.editors);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = TABS.findIndex((tab) => tab.panel === panel);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length]!;
    dispatch({ type: 'setPanel', panel: next.panel });
    document.getElementById(`tab-${next.panel}`)?.focus();
  }

  return (
    <aside className="side-panel" aria-label="Tools">
      <div className="tabs" role="tablist" aria-label="Tools" onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab.panel}
            id={`tab-${tab.panel}`}
            type="button"
            role="tab"
            aria-selected={panel === tab.panel}
            aria-controls={`panel-${tab.panel}`}
            tabIndex={panel === tab.panel ? 0 : -1}
            onClick={() => dispatch({ type: 'setPanel', panel: tab.panel })}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {TABS.map((tab) => (
        <div
          key={tab.panel}
          id={`panel-${tab.panel}`}
          role="tabpanel"
          aria-labelledby={`tab-${tab.panel}`}
          hidden={panel !== tab.panel}
          className="tab-panel"
          tabIndex={0}
        >
          {panel === tab.panel && panels[tab.panel]}
        </div>
      ))}
    </aside>
  );
}
