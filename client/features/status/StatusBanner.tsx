/** Says when the API or Neo4j cannot answer, and why, with a Retry button. */
import type { Readiness } from '../app/useReadiness.ts';

export function StatusBanner({
  readiness,
  error,
  onRetry,
}: {
  readiness: Readiness;
  error: Error | undefined;
  onRetry: () => void;
}) {
  let message: string | null = null;
  if (readiness.status === 'down') message = `Stakeholder Atlas cannot reach its data: ${readiness.reason}.`;
  else if (error) message = `Could not load the map: ${error.message}`;
  if (!message) return null;
  return (
    <div className="banner" role="alert" data-testid="status-banner">
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
