/** The server's settings, read from the environment once at start and validated with zod. */
import { z } from 'zod';
import type { Role } from './schema/context.ts';
import type { AuthToken } from './schema/security.ts';

const port = (name: string, fallback: number) =>
  z.coerce
    .number({ message: `${name} must be a port number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be between 1 and 65535`)
    .max(65535, `${name} must be between 1 and 65535`)
    .default(fallback);

const count = (name: string, fallback: number, unit: string) =>
  z.coerce
    .number({ message: `${name} must be a number of ${unit}` })
    .int(`${name} must be a whole number of ${unit}`)
    .min(0, `${name} must be 0 or more`)
    .default(fallback);

const environmentSchema = z.object({
  PORT: port('PORT', 4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/\S+$/, 'NEO4J_URI must look like neo4j://host:7687 or bolt://host:7687')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_BOLT_PORT: port('NEO4J_BOLT_PORT', 7687),
  NEO4J_DATA_DIR: z.string().min(1).default('.data/neo4j'),
  AUTH_TOKENS: z
    .string()
    .optional()
    .transform((value, ctx) => parseAuthTokens(value, ctx)),
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).optional(),
  /** Mutations a client (bearer token, or address without tokens) may send per minute; 0 turns the limit off. */
  WRITE_RATE_LIMIT: count('WRITE_RATE_LIMIT', 120, 'requests a minute'),
  /** Sign-in attempts per minute per address; 0 turns the limit off. */
  SIGN_IN_RATE_LIMIT: count('SIGN_IN_RATE_LIMIT', 10, 'attempts a minute'),
  /** Requests slower than this are logged with their operation name, time and request id; 0 logs none. */
  SLOW_REQUEST_MS: count('SLOW_REQUEST_MS', 500, 'milliseconds'),
});

const ROLES = ['viewer', 'editor', 'admin'] as const;
const MIN_TOKEN_LENGTH = 16;

function parseAuthTokens(value: string | undefined, ctx: z.RefinementCtx): AuthToken[] {
  if (!value) return [];
  const counts: Record<string, number> = {};
  const tokens: AuthToken[] = [];
  for (const entry of value.split(',')) {
    const [role = '', token] = entry.trim().split(/:(.*)/s);
    if (!ROLES.includes(role as Role) || !token) {
      ctx.addIssue({
        code: 'custom',
        message: `each entry must be role:token with role viewer, editor or admin (got "${role}:…")`,
      });
      continue;
    }
    if (token.length < MIN_TOKEN_LENGTH) {
      ctx.addIssue({
        code: 'custom',
        message: `the ${role} token is too short: use at least ${MIN_TOKEN_LENGTH} random characters`,
      });
      continue;
    }
    if (tokens.some((known) => known.token === token)) {
      ctx.addIssue({ code: 'custom', message: 'the same token is given twice' });
      continue;
    }
    counts[role] = (counts[role] ?? 0) + 1;
    tokens.push({ role: role as Role, token, name: `${role}#${counts[role]}` });
  }
  return tokens;
}

export type Config = z.infer<typeof environmentSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  // Treat empty variables as unset, as shells and .env files often leave them empty.
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment:\n${problems.join('\n')}`);
  }
  const config = parsed.data;
  if (config.AUTH_TOKENS.length === 0 && !LOOPBACK.has(config.HOST)) {
    throw new ConfigError(
      `HOST=${config.HOST} would let other machines reach this single-user instance. ` +
        'Set AUTH_TOKENS=viewer:<token>,editor:<token>,admin:<token> first, or bind to 127.0.0.1.',
    );
  }
  return config;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** Introspection is on in development and off in production unless GRAPHQL_INTROSPECTION says otherwise. */
export function introspectionEnabled(config: Pick<Config, 'NODE_ENV' | 'GRAPHQL_INTROSPECTION'>): boolean {
  return config.GRAPHQL_INTROSPECTION ? config.GRAPHQL_INTROSPECTION === 'true' : config.NODE_ENV !== 'production';
}

/** The rate-limit buckets (server/repositories/rate-limits.ts) the configuration sets, per minute. */
export function rateLimits(config: Pick<Config, 'WRITE_RATE_LIMIT' | 'SIGN_IN_RATE_LIMIT'>) {
  return {
    writes: { limit: config.WRITE_RATE_LIMIT, windowMs: 60_000 },
    'sign-in': { limit: config.SIGN_IN_RATE_LIMIT, windowMs: 60_000 },
  };
}
