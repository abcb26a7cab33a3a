/**
 * A combobox over the API's search (names, aliases, acronyms): type, move with the arrow keys,
 * choose with Enter or a click, close with Escape. Used by the header search, the route pickers and the editors.
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { SearchDocument, type SearchQuery } from '../api/generated/operations.ts';
import { operationQuery } from '../api/queries.ts';
import { KIND_LABELS } from '../graph/palette.ts';

export type SearchHit = SearchQuery['search'][number];

const DEBOUNCE_MS = 150;
const RESULTS = 10;

export interface EntityComboboxProps {
  label: string;
  placeholder?: string;
  onChoose: (hit: SearchHit) => void;
  /** Empty the box after a choice (the header search) or show the chosen name (pickers). */
  clearOnChoose?: boolean;
  className?: string;
  /** Shown visually hidden when the label is not shown. */
  hideLabel?: boolean;
  testId?: string;
}

/** The alias that matched, when the name itself does not contain the text. */
function matchedAlias(hit: SearchHit, text: string): string | null {
  const needle = text.trim().toLowerCase();
  if (!needle || hit.name.toLowerCase().includes(needle)) return null;
  return hit.aliases.find((alias) => alias.name.toLowerCase().includes(needle))?.name ?? null;
}

/** The API's search for the text, debounced; its hits only while they answer the text as it is. */
function useEntitySearch(text: string) {
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const search = useQuery({
    ...operationQuery(SearchDocument, { text: query, first: RESULTS }),
    enabled: query !== '',
    placeholderData: keepPreviousData,
  });
  const hits = query && query === text.trim() ? (search.data?.search ?? []) : [];
  const settled = query === text.trim() && !search.isFetching;
  return { query, search, hits, settled };
}

/** One hit in the list: its name, kind, and the alias that matched when the name did not. */
function HitOption({
  id,
  hit,
  query,
  active,
  onChoose,
  onHover,
}: {
  id: string;
  hit: SearchHit;
  query: string;
  active: boolean;
  onChoose: () => void;
  onHover: () => void;
}) {
  const alias = matchedAlias(hit, query);
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'active' : undefined}
      onMouseDown={(event) => {
        event.preventDefault();
        onChoose();
      }}
      onMouseMove={onHover}
    >
      <span className="hit-name">{hit.name}</span>
      <span className="hit-meta">
        {KIND_LABELS[hit.kind]}
        {alias && ` · also “${alias}”`}
      </span>
    </li>
  );
}

/**
 * The keys of the box: the arrows move through the hits (Down opens the list), Enter chooses,
 * Escape closes the list, or empties the box when it is closed.
 */
function comboboxKeys(
  { hits, expanded, active }: { hits: SearchHit[]; expanded: boolean; active: number },
  act: {
    setOpen: (open: boolean) => void;
    setActive: (change: (index: number) => number) => void;
    setText: (text: string) => void;
    choose: (hit: SearchHit | undefined) => void;
  },
) {
  return (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      act.setOpen(true);
      act.setActive((index) => Math.min(index + 1, Math.max(hits.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      act.setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter') {
      if (expanded && hits.length > 0) {
        event.preventDefault();
        act.choose(hits[active]);
      }
    } else if (event.key === 'Escape') {
      if (expanded) act.setOpen(false);
      else act.setText('');
    }
  };
}

export function EntityCombobox(props: EntityComboboxProps) {
  const { label, placeholder, onChoose, clearOnChoose = true, className, hideLabel, testId } = props;
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const { query, search, hits, settled } = useEntitySearch(text);
  const expanded = open && text.trim() !== '' && (hits.length > 0 || settled);

  useEffect(() => setActive(0), [query]);

  function choose(hit: SearchHit | undefined) {
    if (!hit) return;
    onChoose(hit);
    setText(clearOnChoose ? '' : hit.name);
    setOpen(false);
  }

  const onKeyDown = comboboxKeys({ hits, expanded, active }, { setOpen, setActive, setText, choose });

  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  return (
    <div className={`combobox ${className ?? ''}`} data-testid={testId}>
      <label htmlFor={`${id}-input`} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && hits.length > 0 ? optionId(active) : undefined}
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={`${label}: results`} className="combobox-list" hidden={!expanded}>
        {hits.map((hit, index) => (
          <HitOption
            key={hit.id}
            id={optionId(index)}
            hit={hit}
            query={query}
            active={index === active}
            onChoose={() => choose(hit)}
            onHover={() => setActive(index)}
          />
        ))}
      </ul>
      <div className="combobox-status" role="status" aria-live="polite">
        {open && settled && query && search.isError && `Search failed: ${search.error.message}`}
        {open && settled && query && search.isSuccess && hits.length === 0 && `Nothing found for “${query}”.`}
      </div>
    </div>
  );
}
