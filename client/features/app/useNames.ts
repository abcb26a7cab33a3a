/** Names of every stakeholder the app has seen (map, routes, rankings, search), for lists that show ids. */
import { useMemo, useRef } from 'react';

export type Named = { id: string; name: string };

/** Turns "person:jos-creese" into "jos creese" when no name has been seen yet. */
export function fallbackName(id: string): string {
  return (id.split(':')[1] ?? id).replaceAll('-', ' ');
}

export function useNames(sources: readonly (readonly Named[] | undefined)[]): (id: string) => string {
  const seen = useRef(new Map<string, string>());
  // sources has a fixed length; a new function whenever one of them changes re-renders name lists.
  return useMemo(() => {
    for (const source of sources) for (const { id, name } of source ?? []) seen.current.set(id, name);
    const names = new Map(seen.current);
    return (id: string) => names.get(id) ?? fallbackName(id);
  }, sources);
}
