/**
 * Quiet notices of colleagues' changes ("Ann retired Socitm → LGA, MEMBER_OF"), each with a link to
 * what changed. The changes themselves refresh the map and details (api/live.ts). One's own change
 * to a stakeholder or relationship gets a notice of its own with Undo (editors), wherever it was made.
 */
import { useEffect, useRef, useState } from 'react';
import { describeChange } from '../../../core/changes.ts';
import { followChanges, type LiveChange } from '../../api/live.ts';
import { useSession } from '../../session/session.ts';
import { dispatch } from '../../state/store.ts';
import { UndoButton } from '../../ui/UndoButton.tsx';

interface Notice {
  seq: number;
  text: string;
  /** The stakeholder to show: the changed one, or a relationship's first end. */
  entityId: string | null;
  /** One's own change, which Undo can revert. */
  own: boolean;
}

/** The kinds of change revertChange undoes. */
const UNDOABLE = new Set(['ENTITY', 'RELATIONSHIP']);

const SHOWN = 3;
const NOTICE_MS = 20_000;

const parsed = (json: string | null): unknown => {
  try {
    return json === null ? null : (JSON.parse(json) as unknown);
  } catch {
    return null;
  }
};

function noticeOf(change: LiveChange, own: boolean): Notice {
  const names = new Map(change.entities.map((entity) => [entity.id, entity.name]));
  const described = { ...change, actor: own ? 'You' : change.actor };
  const text = describeChange({ ...described, before: parsed(change.before), after: parsed(change.after) }, (id) =>
    names.get(id),
  );
  const onEntity = ['ENTITY', 'RELATIONSHIP', 'PROFILE', 'INTERACTION', 'CONTACT'].includes(change.kind);
  return {
    seq: change.seq,
    text: change.revertOf ? `${text} (undoing change ${change.revertOf})` : text,
    entityId: onEntity ? (change.entityIds[0] ?? null) : null,
    own,
  };
}

export function LiveNotices() {
  const session = useSession();
  const [notices, setNotices] = useState<Notice[]>([]);
  const me = useRef({ id: session.userId, name: session.name, canEdit: session.canEdit });
  me.current = { id: session.userId, name: session.name, canEdit: session.canEdit };
  const signedIn = session.signedIn;

  useEffect(() => {
    if (!signedIn) return;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const stop = followChanges((change) => {
      const own = change.actorId ? change.actorId === me.current.id : change.actor === me.current.name;
      if (own && !(me.current.canEdit && UNDOABLE.has(change.kind))) return;
      const notice = noticeOf(change, own);
      setNotices((shown) => [...shown, notice].slice(-SHOWN));
      const timer = setTimeout(() => {
        timers.delete(timer);
        setNotices((shown) => shown.filter((other) => other.seq !== notice.seq));
      }, NOTICE_MS);
      timers.add(timer);
    });
    return () => {
      stop();
      timers.forEach(clearTimeout);
    };
  }, [signedIn, session.token]);

  if (notices.length === 0) return null;
  return (
    <ul className="live-notices" role="status" aria-live="polite" aria-label="Recent changes">
      {notices.map((notice) => (
        <li
          key={notice.seq}
          className={notice.own ? 'live-notice own' : 'live-notice'}
          data-testid={notice.own ? 'own-change-notice' : 'live-notice'}
        >
          <span>{notice.text}</span>
          {notice.own && <UndoButton seq={notice.seq} />}
          {notice.entityId && (
            <button
              type="button"
              className="link"
              onClick={() => dispatch({ type: 'select', id: notice.entityId, focus: true })}
            >
              Show
            </button>
          )}
          <button
            type="button"
            aria-label="Dismiss"
            onClick={() => setNotices((shown) => shown.filter((other) => other.seq !== notice.seq))}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
