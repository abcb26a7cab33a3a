/**
 * The left panel's tools as tabs on one row: Filters, Paths, Influence, and "More" for Communities,
 * Briefs (and Warm routes, Follow-ups for editors). Arrow keys, Home and End move through every tool.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import { useSession } from '../../session/session.ts';
import { dispatch, useAtlasState } from '../../state/store.ts';
import { MORE_TAB_ID, useMoreTools } from './MoreToolsTab.tsx';
import { toolAfterKey, toolTabs, type Panel } from './tool-tabs.ts';

export function SidePanel({ panels }: { panels: Record<Panel, ReactNode> }) {
  const panel = useAtlasState((state) => state.panel);
  const { canEdit } = useSession();
  const { row, more } = toolTabs(canEdit);
  const tabs = [...row, ...more];
  // An editor's tool left open after signing out: the first tab stays reachable with Tab.
  const known = tabs.some((tab) => tab.panel === panel);
  const moreTools = useMoreTools(more, panel);
  const tabIdOf = (tool: Panel) => (row.some((tab) => tab.panel === tool) ? `tab-${tool}` : MORE_TAB_ID);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') return;
    const next = toolAfterKey(tabs, panel, event.key);
    if (!next) return;
    event.preventDefault();
    dispatch({ type: 'setPanel', panel: next });
    document.getElementById(tabIdOf(next))?.focus();
  }

  return (
    <aside className="side-panel" aria-label="Tools">
      <div className="tabs-row">
        <div className="tabs" role="tablist" aria-label="Tools" onKeyDown={onKeyDown}>
          {row.map((tab) => (
            <button
              key={tab.panel}
              id={`tab-${tab.panel}`}
              type="button"
              role="tab"
              aria-selected={panel === tab.panel}
              aria-controls={`panel-${tab.panel}`}
              tabIndex={panel === tab.panel || (!known && tab === row[0]) ? 0 : -1}
              onClick={() => dispatch({ type: 'setPanel', panel: tab.panel })}
            >
              {tab.label}
            </button>
          ))}
          {moreTools.tab}
        </div>
        {moreTools.menu}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.panel}
          id={`panel-${tab.panel}`}
          role="tabpanel"
          aria-labelledby={tabIdOf(tab.panel)}
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
