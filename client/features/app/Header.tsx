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

export function Header({ onNewStakeholder }: { onNewStakeholder: () => void }) {
  const view = useAtlasState((state) => state.view);
  const last = useAtlasState((state) => state.undo[0]);
  const { canEdit } = useSession();

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

  return (
    <header className="app-header">
      <h1 className="brand">
        Stakeholder Atlas <span className="brand-tagline">UK local public services</span>
      </h1>
      <Search />
      <div className="header-actions">
        <div className="segmented" role="group" aria-label="View">
          <button
            type="button"
            aria-pressed={view === 'map'}
            onClick={() => dispatch({ type: 'setView', view: 'map' })}
          >
            Map
          </button>
          <button
            type="button"
            aria-pressed={view === 'table'}
            onClick={() => dispatch({ type: 'setView', view: 'table' })}
          >
            Table
          </button>
          <button
            type="button"
            aria-pressed={view === 'sources'}
            onClick={() => dispatch({ type: 'setView', view: 'sources' })}
          >
            Sources
          </button>
          <button
            type="button"
            aria-pressed={view === 'changes'}
            onClick={() => dispatch({ type: 'setView', view: 'changes' })}
          >
            Changes
          </button>
          {canEdit && (
            <button
              type="button"
              aria-pressed={view === 'grid'}
              onClick={() => dispatch({ type: 'setView', view: 'grid' })}
            >
              Grid
            </button>
          )}
        </div>
        <button
          type="button"
          onClick={() => dispatch({ type: 'undo' })}
          disabled={!last}
          title={last ? `Undo: ${last.label} (Ctrl+Z)` : 'Nothing to undo'}
          aria-label={last ? `Undo: ${last.label}` : 'Undo'}
        >
          Undo
        </button>
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
