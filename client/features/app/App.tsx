import { useEffect, useState } from 'react';

type Status = { state: 'checking' } | { state: 'ready'; version: string } | { state: 'down'; reason: string };

/** Shell of the client: says whether the API and Neo4j answer. The map arrives with the map client issue. */
export function App() {
  const [status, setStatus] = useState<Status>({ state: 'checking' });

  useEffect(() => {
    const check = async () => {
      const ready = await fetch('/ready');
      if (!ready.ok) throw new Error(((await ready.json()) as { reason?: string }).reason ?? `HTTP ${ready.status}`);
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ version }' }),
      });
      const { data } = (await response.json()) as { data?: { version: string } };
      setStatus({ state: 'ready', version: data?.version ?? 'unknown' });
    };
    check().catch((error: Error) => setStatus({ state: 'down', reason: error.message }));
  }, []);

  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem' }}>
      <h1>Stakeholder Atlas</h1>
      <p>Who influences whom in UK local public services.</p>
      <p role="status">
        {status.state === 'checking' && 'Connecting to the API…'}
        {status.state === 'ready' && `API and Neo4j ready (version ${status.version}). GraphQL at /graphql.`}
        {status.state === 'down' && `The API or Neo4j is not available: ${status.reason}`}
      </p>
    </main>
  );
}
