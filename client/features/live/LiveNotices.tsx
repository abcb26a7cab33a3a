/**
 * Quiet notices of colleagues' changes ("Ann retired Socitm → LGA, MEMBER_OF"), each with a link to
 * what changed. The changes themselves refresh the map and details (api/live.ts); one's own changes
 * refresh too but raise no notice.
 */
import { useEffect, useRef, useState } from 'react';
import { describeChange } from '../../../core/changes.ts';
import { followChanges, type LiveChange } from '../../api/live.ts';
import { useSession } from '../../session/session.ts';
import { dispatch } from '../../state/store.ts';

interface Notice {
  seq: number;
  text: string;
  /** The stakeholder to show: the changed one, or a relationship's first end. */
  entityId: string | null;
}

const SHOWN = 3;
const NOTICE_MS = 20_000;

const parsed = (json: string | null): unknown => {
  try {
    return json === null ? null : (JSON.parse(json) as unknown);
  } catch {
    return null;
  }
};

function noticeOf(change: LiveChange): Notice {
  const names = new Map(change.entities.map((entity) => [entity.id, entity.name]));
  const text = describeChange({ ...change, before: parsed(change.before), after: parsed(change.after) }, (id) =>
    names.get(id),
  );
  const onEntity = ['ENTITY', 'RELATIONSHIP', 'PROFILE', 'INTERACTION', 'CONTACT'].includes(change.kind);
  return { seq: change.seq, text, entityId: onEntity ? (change.entityIds[0] ?? null) : null };
}

export function LiveNotices() {
  const session = useSession();
  const [notices, setNotices] = useState<Notice[]>([]);
  const me = useRef({ id: session.userId, name: session.name });
  me.current = { id: session.userId, name: session.name };
  const signedIn = session.role === 'viewer' || session.role === 'editor';

  useEffect(() => {
    if (!signedIn) return;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const stop = followChanges((change) => {
      const own = change.actorId ? change.actorId === me.current.id : change.actor === me.current.name;
      if (own) return;
      const notice = noticeOf(change);
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
    <ul className="live-notices" role="status" aria-live="polite" aria-label="Colleagues' changes">
      {notices.map((notice) => (
        <li key={notice.seq} className="live-notice" data-testid="live-notice">
          <span>{notice.text}</span>
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
