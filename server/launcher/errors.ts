/** The embedded Neo4j could not be built or started; the message says what to do. */
export class Neo4jLaunchError extends Error {
  override name = 'Neo4jLaunchError';
}
