/** The top bar: title, search, map or table, undo, the inbox, share and export; for editors, New stakeholder and Import. */
import { useEffect } from 'react';
import { useSession } from '../../session/session.ts';
import { SignIn } from '../../session/SignIn.tsx';
import { AccountButtons } from '../account/AccountDialogs.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { ImportButton } from '../import/ImportDialog.tsx';
import { InboxButton } from '../inbox/InboxButton.tsx';
import { Search } from '../search/Search.tsx';
import { ShareButton } from '../share/ShareButton.tsx';
import { dispatch, useAtlasState } from '../../state/store.ts';
import type { AtlasState } from '../../state/types.ts';

type View = AtlasState['view'];
const VIEWS: { view: View; label: string; editors?: boolean }[] = [
  { view: 'map', label: 'Map' },
  { view: 'table', label: 'Table' },
  { view: 'sources', label: 'Sources' },
  { view: 'changes', label: 'Changes' },
  { view: 'grid', label: 'Grid', editors: true },
];

export function Header({ onNewStakeholder }: { onNewStakeholder: () => void }) {
  const { canEdit } = useSession();
  useUndoShortcut();

  return (
    <header className="app-header">
      <h1 className="brand">
        Stakeholder Atlas <span className="brand-tagline">UK local public services</span>
      </h1>
      <Search />
      <div className="header-actions">
        <ViewSwitch canEdit={canEdit} />
        <UndoButton />
        {canEdit && (
          <button type="button" id="new-stakeholder" onClick={onNewStakeholder}>
            New stakeholder…
          </button>
        )}
        <InboxButton />
        <ShareButton />
        {canEdit && <ImportButton />}
        <ExportMenu />
        <AccountButtons />
        <SignIn />
      </div>
    </header>
  );
}

/** Map, Table, Sources, Changes (and Grid for editors): one pressed at a time. */
function ViewSwitch({ canEdit }: { canEdit: boolean }) {
  const current = useAtlasState((state) => state.view);
  return (
    <div className="segmented" role="group" aria-label="View">
      {VIEWS.filter((each) => canEdit || !each.editors).map(({ view, label }) => (
        <button
          key={view}
          type="button"
          aria-pressed={current === view}
          onClick={() => dispatch({ type: 'setView', view })}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

/** Takes back the last map change, named in its label and tooltip. */
function UndoButton() {
  const last = useAtlasState((state) => state.undo[0]);
  return (
    <button
      type="button"
      onClick={() => dispatch({ type: 'undo' })}
      disabled={!last}
      title={last ? `Undo: ${last.label} (Ctrl+Z)` : 'Nothing to undo'}
      aria-label={last ? `Undo: ${last.label}` : 'Undo'}
    >
      Undo
    </button>
  );
}

/** Ctrl+Z (Cmd+Z) outside text fields undoes the last map change. */
function useUndoShortcut() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable]')) return;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !event.shiftKey) {
        event.preventDefault();
        dispatch({ type: 'undo' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
