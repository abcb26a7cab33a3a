/**
 * What repositories need of the database: named queries, alone or in one transaction. The GraphQL
 * layer names this type, never server/db/, so it can run queries only through repositories, with
 * the executor the app bound to its request.
 */
import type { Executor as DatabaseExecutor } from '../db/executor.ts';

export type { QueryRunner } from '../db/executor.ts';

export type Executor = Pick<DatabaseExecutor, 'read' | 'write' | 'readTransaction' | 'writeTransaction'>;
