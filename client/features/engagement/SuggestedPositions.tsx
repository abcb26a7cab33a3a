/**
 * Suggested positions on the grid for the stakeholders in view that have none yet (power from
 * influence, interest from interactions and the register's topics; core/engagement-suggestions.ts).
 * They show hollow and dashed, with their reasons on hover and focus; a click, Enter or Space
 * accepts one as an assessment through addAssessment, so it is audited and attributed.
 */
import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { AddAssessmentDocument, SuggestedPositionsDocument } from '../../api/generated/operations.ts';
import { mutate } from '../../api/queries.ts';
import { request } from '../../api/request.ts';
import { useVisible } from '../../state/hooks.ts';
import { useAtlasState } from '../../state/store.ts';
import { acceptedNote } from '../../../core/engagement-suggestions.ts';
import { updateProfile, type Profile } from './register.ts';
import { idsToSuggest, suggestionLabel, suggestionReasons, type Suggestion } from './suggestions.ts';
import { realToday, useToday } from './today.ts';

const NONE: Suggestion[] = [];

/** Suggestions for the stakeholders in view without a position, while `on`. */
export function useSuggestions(on: boolean, profiles: readonly Profile[]) {
  const { today } = useToday();
  const asOf = useAtlasState((state) => state.asOf);
  const inView = useVisible().nodes.map((node) => node.id);
  const placed = new Set(
    profiles
      .filter((profile) => profile.power !== null && profile.interest !== null)
      .map((profile) => profile.entity.id),
  );
  const { ids, unplaced } = idsToSuggest(inView, placed);
  const variables = { ids: [...ids].sort(), asOf: asOf === null ? null : String(asOf), today };
  const query = useQuery({
    queryKey: ['SuggestedPositions', variables] as const,
    queryFn:
      on && ids.length > 0 ? ({ signal }) => request(SuggestedPositionsDocument, variables, { signal }) : skipToken,
    placeholderData: keepPreviousData,
  });
  // Kept while the next answer loads, so leave out what has been placed meanwhile.
  const suggestions = on
    ? (query.data?.suggestedPositions ?? NONE).filter((item) => !placed.has(item.entity.id))
    : NONE;
  return { suggestions, asked: ids.length, unplaced, loading: on && query.isFetching, error: query.error };
}

/**
 * Records the suggestion as an assessment dated today (the real one: an assessment cannot be
 * dated later), keeping the stakeholder's current stance, since a suggestion has none.
 */
export async function acceptSuggestion(suggestion: Suggestion, profile: Profile | undefined): Promise<Profile> {
  const { entity, power, interest } = suggestion;
  const note = acceptedNote({
    power: { score: power, reason: suggestion.powerReason },
    interest: { score: interest, reason: suggestion.interestReason },
  });
  const { addAssessment } = await mutate(
    AddAssessmentDocument,
    {
      entityId: entity.id,
      input: { date: realToday(), power, interest, stance: profile?.stance ?? null, note },
    },
    ['engagement'],
  );
  updateProfile(addAssessment);
  return addAssessment;
}

export function SuggestedItem({ suggestion, onAccept }: { suggestion: Suggestion; onAccept: () => void }) {
  const reasonsId = `suggested-reasons-${suggestion.entity.id.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <span className="pi-suggestion">
      <button
        type="button"
        className="pi-item pi-suggested"
        data-testid={`suggested-${suggestion.entity.id}`}
        aria-label={suggestionLabel(suggestion)}
        aria-describedby={reasonsId}
        onClick={onAccept}
      >
        {suggestion.entity.name}
      </button>
      <span className="pi-reason" id={reasonsId} role="tooltip">
        <strong>{suggestion.entity.name}: suggested</strong>
        {suggestionReasons(suggestion).map((line) => (
          <span key={line}>{line}</span>
        ))}
        <span className="muted">Click, or press Enter, to accept it as an assessment.</span>
      </span>
    </span>
  );
}
