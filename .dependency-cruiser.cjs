/**
 * The import rules of Stakeholder Atlas (docs/architecture.md draws them). `npm run lint` runs
 * them, so `npm test` fails on an arrow that runs the wrong way.
 */
// Tests may reach past a layer to set up what they check (a real database, a seeded graph).
const TESTS = '\\.test\\.tsx?$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'No import cycles, between modules and so between folders.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-stands-alone',
      comment:
        'core/ is the shared vocabulary and pure algorithms: it imports only itself and a few pure libraries, never Node, React, GraphQL or the driver.',
      severity: 'error',
      from: { path: '^core/', pathNot: TESTS },
      to: {
        pathNot: [
          '^core/',
          '^node_modules/(zod|graphology|graphology-metrics|graphology-communities-louvain|mnemonist|yaml|fastest-levenshtein|fast-xml-parser|csv-parse|@e965/xlsx|fflate|modern-ahocorasick)/',
        ],
      },
    },
    {
      name: 'client-not-server-or-seed',
      comment: 'The client is built for the browser: it reaches the server over HTTP only.',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^(server|seed|bench|e2e)/' },
    },
    {
      name: 'server-reads-client-ops',
      comment:
        "The server's warm-up runs the client's operations, in the text the client sends; nothing else of the client crosses.",
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^client/', pathNot: '^client/api/(operation-text|generated/operations)\\.ts$' },
    },
    {
      name: 'server-not-seed',
      comment: 'The seed is data the import pipeline reads by path; no code crosses.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^seed/' },
    },
    {
      name: 'seed-is-data',
      comment: 'seed/ holds data files only.',
      severity: 'error',
      from: { path: '^seed/' },
      to: { path: '^(server|client|core)/' },
    },
    {
      name: 'only-db-speaks-to-neo4j',
      comment: 'server/db/ is the one boundary to Neo4j (the benchmark measures the bare driver too).',
      severity: 'error',
      from: { pathNot: '^(server/db|bench)/' },
      to: { path: '^node_modules/neo4j-driver' },
    },
    {
      name: 'db-looks-down-only',
      comment: 'The database boundary knows nothing of repositories, GraphQL, the launcher or configuration.',
      severity: 'error',
      from: { path: '^server/db/', pathNot: TESTS },
      to: { path: '^server/', pathNot: '^server/db/' },
    },
    {
      name: 'repositories-not-graphql',
      comment: 'Repositories read and write Neo4j; GraphQL is the schema layer’s business.',
      severity: 'error',
      from: { path: '^server/repositories/', pathNot: TESTS },
      to: { path: ['^server/(schema|launcher|import)/', '^node_modules/graphql'] },
    },
    {
      name: 'schema-not-db',
      comment: 'Resolvers reach data through repositories; database errors become GraphQL errors in one place.',
      severity: 'error',
      from: { path: '^server/schema/', pathNot: TESTS },
      to: { path: '^server/(db|launcher)/' },
    },
    {
      name: 'graph-engine-stands-alone',
      comment: 'client/graph/ is a framework-free engine under thin React bindings (as xyflow).',
      severity: 'error',
      from: { path: '^client/graph/' },
      to: { path: ['^client/(features|state|ui|session|api)/', '^node_modules/react'] },
    },
    {
      name: 'state-not-ui',
      comment: 'App state and its selectors know no components.',
      severity: 'error',
      from: { path: '^client/state/' },
      to: { path: '^client/(features|ui|session)/' },
    },
    {
      name: 'rooms-below-features',
      comment: 'Shared UI pieces, the session and the API client sit below the features.',
      severity: 'error',
      from: { path: '^client/(ui|session|api)/' },
      to: { path: '^client/features/' },
    },
    {
      name: 'features-side-by-side',
      comment: 'A feature imports no other feature; only the app shell (features/app/) composes them.',
      severity: 'error',
      from: { path: '^client/features/([^/]+)/', pathNot: '^client/features/app/' },
      to: { path: '^client/features/', pathNot: '^client/features/$1/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      // A package of types only has no JavaScript to resolve.
      to: { couldNotResolve: true, pathNot: '^@graphql-typed-document-node/core$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '/generated/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    combinedDependencies: true,
  },
};
