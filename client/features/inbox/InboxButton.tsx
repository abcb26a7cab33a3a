/**
 * The inbox in the header: a badge with how many changes to the stakeholders one watches arrived
 * since it was last opened, and a panel listing them (newest first, the new ones marked). Opening
 * it marks them seen. The live stream fetches it again after every change (api/live.ts).
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { describeChange } from '../../../core/changes.ts';
import { InboxDocument, MarkInboxSeenDocument, type InboxQuery } from '../../api/generated/operations.ts';
import { mutate, operationQuery } from '../../api/queries.ts';
import { useSession } from '../../session/session.ts';
import { dispatch } from '../../state/store.ts';

type InboxChange = InboxQuery['inbox']['changes'][number];

const parsed = (json: string | null): unknown => {
  try {
    return json === null ? null : (JSON.parse(json) as unknown);
  } catch {
    return null;
  }
};

function sentence(change: InboxChange): string {
  const names = new Map(change.entities.map((entity) => [entity.id, entity.name]));
  return describeChange({ ...change, before: parsed(change.before), after: parsed(change.after) }, (id) =>
    names.get(id),
  );
}

const timeOf = (at: string) =>
  new Date(Date.parse(at.replace(/(\.\d{3})\d+/, '$1'))).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

export function InboxButton() {
  const { signedIn } = useSession();
  const inbox = useQuery({ ...operationQuery(InboxDocument, {}), enabled: signedIn });
  const [open, setOpen] = useState(false);
  /** The seen mark when the panel opened: what was new then stays marked while it is open. */
  const [seenAtOpen, setSeenAtOpen] = useState(0);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    const onClick = (event: MouseEvent) => {
      if (!panel.current?.parentElement?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mousedown', onClick);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  if (!signedIn || !inbox.data) return null;
  const { unseen, seenSeq, changes, watching } = inbox.data.inbox;

  function toggle() {
    if (open) return setOpen(false);
    setSeenAtOpen(seenSeq);
    setOpen(true);
    const newest = changes[0]?.seq;
    if (unseen > 0 && newest !== undefined) void mutate(MarkInboxSeenDocument, { seq: newest }, ['inbox']);
  }

  return (
    <div className="inbox">
      <button
        type="button"
        aria-expanded={open}
        aria-haspopup="dialog"
        aria-label={unseen > 0 ? `Inbox, ${unseen} new` : 'Inbox'}
        onClick={toggle}
      >
        Inbox
        {unseen > 0 && (
          <span className="badge" data-testid="inbox-count">
            {unseen}
          </span>
        )}
      </button>
      {open && (
        <div className="inbox-panel" role="dialog" aria-label="Inbox" ref={panel} data-testid="inbox-panel">
          <h2>Changes to what you watch</h2>
          {watching.length === 0 && (
            <p className="empty">You watch no stakeholder yet: use “Watch” in a stakeholder’s details.</p>
          )}
          {watching.length > 0 && changes.length === 0 && (
            <p className="empty">No changes since you started watching.</p>
          )}
          <ul>
            {changes.map((change) => (
              <li key={change.seq} className={change.seq > seenAtOpen ? 'inbox-item new' : 'inbox-item'}>
                <span>{sentence(change)}</span> <span className="muted">{timeOf(change.at)}</span>
                {change.entityIds[0] && (
                  <button
                    type="button"
                    className="link"
                    onClick={() => {
                      dispatch({ type: 'select', id: change.entityIds[0]!, focus: true });
                      setOpen(false);
                    }}
                  >
                    Show
                  </button>
                )}
              </li>
            ))}
          </ul>
          {watching.length > 0 && <p className="muted">Watching: {watching.map((entity) => entity.name).join(', ')}</p>}
        </div>
      )}
    </div>
  );
}
