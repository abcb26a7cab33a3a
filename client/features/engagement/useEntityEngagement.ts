/** The selected entity's engagement profile and its interactions (editors and admins). */
import { useCallback, useEffect, useState } from 'react';
import { EntityEngagementDocument, type EntityEngagementQuery } from '../../api/generated/operations.ts';
import { request } from '../../api/request.ts';

export type EntityEngagement = NonNullable<EntityEngagementQuery['entity']>;

export function useEntityEngagement(id: string, enabled: boolean) {
  const [data, setData] = useState<EntityEngagement | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    request(EntityEngagementDocument, { id, first: 50 }, { signal: controller.signal }).then(
      (result) => {
        setData(result.entity);
        setError(null);
      },
      (caught: Error) => {
        if (!controller.signal.aborted) setError(caught.message);
      },
    );
    return () => controller.abort();
  }, [id, enabled, revision]);

  const reload = useCallback(() => setRevision((value) => value + 1), []);
  return { data: data?.id === id ? data : null, error, reload };
}
