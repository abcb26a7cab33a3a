/** `npm run schema:snapshot`: records the current GraphQL schema as the committed snapshot. */
import { SNAPSHOT_PATH, writeSnapshot } from '../schema/snapshot.ts';

writeSnapshot();
console.log(`[schema] wrote ${SNAPSHOT_PATH}; commit it with the change that needs it`);
