/** The GraphQL request(s) behind the current map, as text to paste into GraphiQL or a script. */
import { queryText } from '../../api/operation-text.ts';
import type { AtlasState } from '../../state/types.ts';
import { graphRequests } from '../../state/variables.ts';

export function queryBehindView(
  state: Pick<AtlasState, 'scope' | 'expanded' | 'filters' | 'asOf' | 'recordedAt'>,
): string {
  return graphRequests(state)
    .map(({ document, variables }) => `${queryText(document)}\n# Variables\n${JSON.stringify(variables, null, 2)}`)
    .join('\n\n');
}
