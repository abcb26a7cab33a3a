/**
 * Says when the API or Neo4j cannot answer, and why, with a Retry button; or, when an admin closed
 * the reader's account, that they are signed out and why (retrying would not help).
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { readinessQuery, recheckReadiness, retryAfterOutage } from '../../api/readiness.ts';
import { useSession } from '../../session/session.ts';
import { useGraph } from '../../state/hooks.ts';

export function StatusBanner() {
  const ready = useQuery(readinessQuery).data;
  const error = useGraph().error;
  const { closedAccount } = useSession();

  // A failed request may mean the database went away: ask /ready for the reason.
  useEffect(() => {
    if (error) recheckReadiness();
  }, [error]);

  if (closedAccount) {
    return (
      <div className="banner" role="alert" data-testid="account-closed">
        <p>
          <strong>You are signed out.</strong> {closedAccount}.
        </p>
      </div>
    );
  }
  let message: string | null = null;
  if (ready && !ready.ready) message = `Stakeholder Atlas cannot reach its data: ${ready.reason}.`;
  else if (error) message = `Could not load the map: ${error.message}`;
  if (!message) return null;
  return (
    <div className="banner" role="alert" data-testid="status-banner">
      <p>{message}</p>
      <button type="button" onClick={retryAfterOutage}>
        Retry
      </button>
    </div>
  );
}
