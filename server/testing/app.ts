/** The app as the API tests sign in to it: a bearer token per role (TEST_TOKENS, as AUTH_TOKENS). */
import { createApp, type App, type AppOptions } from '../app.ts';
import { readConfig } from '../config.ts';
import type { Executor } from '../db/executor.ts';
import { TEST_AUTH_TOKENS } from './graphql.ts';

/** The test tokens as the configuration reads them from AUTH_TOKENS. */
const TEST_APP_TOKENS = readConfig({ AUTH_TOKENS: TEST_AUTH_TOKENS }).AUTH_TOKENS;

/** An app over `executor` that accepts the test token of each role (`as('editor')` and the like). */
export function appWithTestTokens(executor: Executor, options: Omit<AppOptions, 'executor' | 'authTokens'> = {}): App {
  return createApp({ executor, authTokens: TEST_APP_TOKENS, ...options });
}
