/**
 * The text of a generated operation as the client sends it. Pure (no browser), since the server's
 * warm-up (server/warm-up/client-operations.ts) sends the very same text, so that the parse,
 * validation and graphql-jit caches it fills are the ones the client's requests hit.
 */

/** The text of an operation, as sent to the server (and shown by "copy the GraphQL query"). */
export function queryText(document: { toString(): string }): string {
  // Generated documents indent the fragments they append; start each on a line of its own.
  return document
    .toString()
    .trim()
    .replace(/\n\s*fragment /g, '\n\nfragment ');
}
