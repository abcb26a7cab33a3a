/** Filters: relationship families and types, kinds of stakeholder, minimum confidence, year. */
import { ENTITY_KINDS, FAMILIES, RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES } from '../../../core/vocabulary.ts';
import { FAMILY_STYLES, KIND_LABELS, PERSON_COLOUR, PROGRAMME_COLOUR, relationshipWords } from '../../graph/palette.ts';
import { chosenTypes } from '../../state/reducer.ts';
import { dispatch, useAtlasState } from '../../state/store.ts';
import { FamilySwatch, KindSwatch } from '../../ui/Swatches.tsx';
import { AsOfSlider } from './AsOfSlider.tsx';
import { RecordedAtControl } from './RecordedAtControl.tsx';
import { useYearRange } from './useYearRange.ts';

const CONFIDENCE_STEPS = [
  { value: 0, label: 'any' },
  { value: 0.4, label: 'uncertain or better' },
  { value: 0.6, label: 'probable or better' },
  { value: 0.8, label: 'implied or better' },
  { value: 1, label: 'stated only' },
];

export function FiltersPanel() {
  const range = useYearRange();

  return (
    <div className="filters" data-testid="filters">
      <AsOfSlider range={range} />
      <RecordedAtControl />
      <FamilyFilters />
      <KindFilters />
      <ConfidenceFilter />
      <button type="button" className="secondary" onClick={() => dispatch({ type: 'resetFilters' })}>
        Reset filters
      </button>
    </div>
  );
}

/** Each family on or off, and within it the types shown. */
function FamilyFilters() {
  const filters = useAtlasState((value) => value.filters);
  const types = new Set(chosenTypes(filters));
  return (
    <fieldset>
      <legend>Relationship families</legend>
      {FAMILIES.map((family) => {
        const familyTypes = RELATIONSHIP_TYPE_NAMES.filter((type) => RELATIONSHIP_TYPES[type].family === family);
        const shown = familyTypes.filter((type) => types.has(type)).length;
        return (
          <div key={family} className="family-filter">
            <label className="check">
              <input
                type="checkbox"
                checked={filters.families.includes(family)}
                onChange={() => dispatch({ type: 'toggleFamily', family })}
              />
              <FamilySwatch family={family} />
              {FAMILY_STYLES[family].label}
            </label>
            <details className="type-filters">
              <summary>
                {shown} of {familyTypes.length} types
              </summary>
              {familyTypes.map((type) => (
                <label key={type} className="check check-small">
                  <input
                    type="checkbox"
                    checked={types.has(type)}
                    onChange={() => dispatch({ type: 'toggleType', relationshipType: type })}
                  />
                  {relationshipWords(type)}
                </label>
              ))}
            </details>
          </div>
        );
      })}
    </fieldset>
  );
}

function KindFilters() {
  const filters = useAtlasState((value) => value.filters);
  return (
    <fieldset>
      <legend>Kinds of stakeholder</legend>
      {ENTITY_KINDS.map((kind) => (
        <label key={kind} className="check">
          <input
            type="checkbox"
            checked={filters.kinds.includes(kind)}
            onChange={() => dispatch({ type: 'toggleKind', kind })}
          />
          <KindSwatch
            kind={kind}
            colour={kind === 'PERSON' ? PERSON_COLOUR : kind === 'PROGRAMME' ? PROGRAMME_COLOUR : '#4a5568'}
          />
          {KIND_LABELS[kind]}
        </label>
      ))}
      <label className="check">
        <input
          type="checkbox"
          checked={filters.showUnlinked}
          onChange={(event) => dispatch({ type: 'setShowUnlinked', value: event.target.checked })}
        />
        Show stakeholders with no relationship shown
      </label>
    </fieldset>
  );
}

/** The minimum confidence, in words, as a slider of five steps. */
function ConfidenceFilter() {
  const minConfidence = useAtlasState((value) => value.filters.minConfidence);
  const step = CONFIDENCE_STEPS.findIndex((entry) => entry.value >= minConfidence);
  const confidenceIndex = step === -1 ? CONFIDENCE_STEPS.length - 1 : step;
  return (
    <fieldset>
      <legend>Confidence</legend>
      <label htmlFor="min-confidence" className="field-label">
        Minimum: <strong>{CONFIDENCE_STEPS[confidenceIndex]!.label}</strong>
      </label>
      <input
        id="min-confidence"
        type="range"
        min={0}
        max={CONFIDENCE_STEPS.length - 1}
        step={1}
        value={confidenceIndex}
        aria-valuetext={CONFIDENCE_STEPS[confidenceIndex]!.label}
        onChange={(event) =>
          dispatch({ type: 'setMinConfidence', value: CONFIDENCE_STEPS[Number(event.target.value)]!.value })
        }
      />
    </fieldset>
  );
}
