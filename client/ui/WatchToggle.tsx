/** Watch a stakeholder (its colleagues' changes reach the inbox in the header), or stop watching it. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { UnwatchDocument, WatchDocument, WatchStateDocument } from '../api/generated/operations.ts';
import { mutate, operationQuery } from '../api/queries.ts';
import { useSession } from '../session/session.ts';

export function WatchToggle({ id, name }: { id: string; name: string }) {
  const { signedIn } = useSession();
  const state = useQuery({ ...operationQuery(WatchStateDocument, { id }), enabled: signedIn });
  const watched = state.data?.entity?.watched ?? false;
  const toggle = useMutation({
    mutationFn: async (): Promise<void> => {
      if (watched) await mutate(UnwatchDocument, { id }, ['inbox']);
      else await mutate(WatchDocument, { id }, ['inbox']);
    },
  });
  if (!signedIn || !state.data?.entity) return null;
  return (
    <>
      <button
        type="button"
        className="watch-toggle"
        aria-pressed={watched}
        disabled={toggle.isPending}
        title={watched ? `Stop watching ${name}` : `Watch ${name}: colleagues' changes to it reach your inbox`}
        onClick={() => toggle.mutate()}
      >
        <span aria-hidden="true">{watched ? '★' : '☆'}</span> {watched ? 'Watching' : 'Watch'}
      </button>
      {toggle.error && (
        <span className="field-error" role="alert">
          {toggle.error.message}
        </span>
      )}
    </>
  );
}
