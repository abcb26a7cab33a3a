/**
 * The details panel's engagement part for editors: contact health, the profile editor, the stance
 * history (chart and a form to record an assessment), the log form and the timeline.
 */
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../../session/session.ts';
import { AssessmentForm } from './AssessmentForm.tsx';
import { entityEngagementQuery } from './entity-engagement.ts';
import { HealthBadge } from './Health.tsx';
import { HistoryChart } from './HistoryChart.tsx';
import { useToday } from './today.ts';
import { LogInteractionForm, Timeline } from './InteractionLog.tsx';
import { PersonalData } from './PersonalData.tsx';
import { ProfileEditor } from './ProfileEditor.tsx';

export function EngagementSection({ entity }: { entity: { id: string; name: string } }) {
  const { canEdit } = useSession();
  const { today } = useToday();
  const engagement = useQuery({
    ...entityEngagementQuery(entity.id, today),
    enabled: canEdit,
  });
  if (!canEdit) return null;
  const data = engagement.data?.entity ?? null;
  const error = engagement.error?.message;
  return (
    <>
      <section className="details-section" aria-labelledby="engagement-heading" data-testid="engagement">
        <h3 id="engagement-heading">Engagement profile</h3>
        {error && (
          <p className="error" role="alert">
            Could not load the profile: {error}
          </p>
        )}
        {data ? (
          <>
            <p className="health-line" data-testid="details-health">
              <HealthBadge health={data.engagement?.health ?? null} />
            </p>
            <ProfileEditor key={entity.id} entity={entity} suggested={data.engagement} />
          </>
        ) : (
          !error && <p className="loading">Loading the profile…</p>
        )}
      </section>
      {data && (
        <section className="details-section" aria-labelledby="history-heading">
          <h3 id="history-heading">Stance over time</h3>
          <HistoryChart history={data.engagement?.history ?? []} today={today} />
          <details className="assessment-details">
            <summary>Record an assessment</summary>
            <AssessmentForm
              key={`${entity.id}-${data.engagement?.version ?? 0}`}
              entity={entity}
              current={data.engagement}
              interactions={data.interactions}
            />
          </details>
        </section>
      )}
      <section className="details-section" aria-labelledby="log-heading">
        <h3 id="log-heading">Log an interaction</h3>
        <LogInteractionForm key={entity.id} entity={entity} />
      </section>
      <section className="details-section" aria-labelledby="timeline-heading">
        <h3 id="timeline-heading">
          Interactions <span className="count">{data?.interactions.length ?? 0}</span>
        </h3>
        {data && <Timeline interactions={data.interactions} selfId={entity.id} />}
      </section>
      {entity.id.startsWith('person:') && <PersonalData key={entity.id} person={entity} />}
    </>
  );
}
