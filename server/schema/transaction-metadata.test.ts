/**
 * Every transaction a GraphQL request runs tells Neo4j which request it belongs to. Observed on the
 * real Neo4j: the request's transaction waits for a write lock this test holds, and meanwhile
 * SHOW TRANSACTIONS lists it with its metadata.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { seededExecutor, type Executor } from '../testing/database.ts';
import { as, gql, type GraphQLResult } from '../testing/graphql.ts';
import { appWithTestTokens } from '../testing/app.ts';

let executor: Executor;
beforeAll(async () => {
  executor = await seededExecutor();
});
afterAll(() => executor.close());

type OpenTransaction = {
  transactionId: string;
  metaData: { requestId?: string; operation?: string | null; actor?: string };
};

// Takes the write lock first, then finds the version stale: CONFLICT, and nothing changes.
const STALE_EDIT = `mutation RenameSocitm { updateEntity(id: "body:socitm", expectedVersion: 999, input: { description: "x" }) { version } }`;

/**
 * Runs `send` while another transaction holds body:socitm's write lock, and hands `whileWaiting`
 * the request's transaction as SHOW TRANSACTIONS lists it, waiting for that lock.
 */
async function sendWhileLocked(
  send: () => Promise<GraphQLResult>,
  whileWaiting: (transaction: OpenTransaction) => Promise<void> = async () => {},
): Promise<{ result: GraphQLResult; transaction: OpenTransaction }> {
  let locked!: () => void;
  let release!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const holder = executor.writeTransaction(async (tx) => {
    await tx.run('entities/lock-entity', { id: 'body:socitm' });
    locked();
    await released;
  });
  try {
    await isLocked;
    const response = send();
    let transaction: OpenTransaction | undefined;
    for (let attempt = 0; !transaction && attempt < 200; attempt++) {
      const open = await executor.runOnce<OpenTransaction>('system/list-transactions');
      transaction = open.find((candidate) => candidate.metaData.operation === 'RenameSocitm');
      if (!transaction) await new Promise((later) => setTimeout(later, 50));
    }
    expect(transaction, 'the request’s transaction in SHOW TRANSACTIONS').toBeDefined();
    await whileWaiting(transaction!);
    release();
    return { result: await response, transaction: transaction! };
  } finally {
    release();
    await holder;
  }
}

describe('transaction metadata', () => {
  it("carries the request's id, its operation's name and the viewer", async () => {
    const app = appWithTestTokens(executor);
    // No operationName in the request: the name comes from the document.
    const { result, transaction } = await sendWhileLocked(() => gql(app, STALE_EDIT, {}, as('editor')));
    expect(transaction.metaData).toEqual({
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      operation: 'RenameSocitm',
      actor: 'editor#1',
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('carries the same request id that a masked error returns and the server log prints', async () => {
    const lines: string[] = [];
    const app = createApp({ executor, production: true, log: (line) => lines.push(line) });
    const { result, transaction } = await sendWhileLocked(
      () => gql(app, STALE_EDIT),
      // Ending the waiting transaction from outside is an error the API cannot explain: masked.
      async ({ transactionId }) => void (await executor.runOnce('system/terminate-transaction', { transactionId })),
    );
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error?.extensions?.requestId).toBe(transaction.metaData.requestId);
    expect(lines.some((line) => line.startsWith(`request ${transaction.metaData.requestId}: unexpected error`))).toBe(
      true,
    );
    expect(transaction.metaData).toMatchObject({ operation: 'RenameSocitm', actor: 'local' });
  });
});
