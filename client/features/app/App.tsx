/**
 * The shell: lays out the features. State lives in the store (state/store.ts), data in TanStack
 * Query (api/); features read both themselves, so nothing is passed down but what the shell owns.
 */
import { useState } from 'react';
import { useAtlasState } from '../../state/store.ts';
import { DraftReadingContext, type SourceDraft } from '../../ui/SourceForm.tsx';
import { BriefPage } from '../briefs/BriefPage.tsx';
import { BriefsPanel } from '../briefs/BriefsPanel.tsx';
import { FollowUpsPanel } from '../engagement/FollowUps.tsx';
import { GridView } from '../engagement/GridView.tsx';
import { WarmRoutesPanel } from '../engagement/WarmRoutesPanel.tsx';
import { FiltersPanel } from '../filters/FiltersPanel.tsx';
import { CommunitiesPanel } from '../communities/CommunitiesPanel.tsx';
import { InfluencePanel } from '../influence/InfluencePanel.tsx';
import { CommunityOverview } from '../communities/CommunityOverview.tsx';
import { ChangesView } from '../changes/ChangesView.tsx';
import { MapNotices } from '../changes/MapNotices.tsx';
import { Legend } from '../legend/Legend.tsx';
import { MapStatus } from '../map/MapStatus.tsx';
import { MapToolbar } from '../map/MapToolbar.tsx';
import { LayoutNotice } from '../map/LayoutNotice.tsx';
import { LiveNotices } from '../live/LiveNotices.tsx';
import { MapView } from '../map/MapView.tsx';
import { PathsPanel } from '../paths/PathsPanel.tsx';
import { DraftReading } from '../sources/DraftReading.tsx';
import { SourcesView } from '../sources/SourcesView.tsx';
import { StatusBanner } from '../status/StatusBanner.tsx';
import { TableView } from '../table/TableView.tsx';
import { DetailsPanel } from './DetailsPanel.tsx';
import { Header } from './Header.tsx';
import { SidePanel } from './SidePanel.tsx';

/** Every "New source…" (the Sources view's, the citations editor's) reads its draft with the sources feature. */
const readDraft = (draft: SourceDraft) => <DraftReading text={draft.text} file={draft.file} date={draft.date} />;

const STAGE_LABELS = {
  map: 'Map',
  table: 'Tables',
  grid: 'Power and interest grid',
  sources: 'Sources',
  changes: 'Changes',
} as const;

export function App() {
  const view = useAtlasState((state) => state.view);
  const openBrief = useAtlasState((state) => state.openBrief);
  // The details panel shows the "New stakeholder" form instead of the selection while this is on.
  const [creating, setCreating] = useState(false);

  return (
    <DraftReadingContext.Provider value={readDraft}>
      <div className="app">
        <Header
          onNewStakeholder={() => {
            setCreating(true);
            // Already open: back to its first field.
            document.getElementById('new-entity-kind')?.focus();
          }}
        />
        <StatusBanner />
        <LiveNotices />
        {openBrief && <BriefPage id={openBrief} />}
        <div className="workspace" hidden={openBrief !== null}>
          <SidePanel
            panels={{
              filters: <FiltersPanel />,
              paths: <PathsPanel />,
              influence: <InfluencePanel />,
              communities: <CommunitiesPanel />,
              warm: <WarmRoutesPanel />,
              'follow-ups': <FollowUpsPanel />,
              briefs: <BriefsPanel />,
            }}
          />
          <main className="stage" aria-label={STAGE_LABELS[view]}>
            {/* The layout, colours and scope are the map's: other views have no use for them. */}
            {view === 'map' && <MapToolbar />}
            {view === 'map' && <MapNotices />}
            <div className="map-frame" hidden={view !== 'map'}>
              <div className="map-area">
                <MapView />
                <MapStatus />
                <LayoutNotice />
                <CommunityOverview />
              </div>
              <Legend />
            </div>
            {view === 'table' && <TableView />}
            {view === 'grid' && <GridView />}
            {view === 'sources' && <SourcesView />}
            {view === 'changes' && <ChangesView />}
          </main>
          <DetailsPanel creating={creating} onCreatingDone={() => setCreating(false)} />
        </div>
      </div>
    </DraftReadingContext.Provider>
  );
}
