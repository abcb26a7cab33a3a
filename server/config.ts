/** The server's settings, read from the environment once at start and validated with zod. */
import { totalmem } from 'node:os';
import { z } from 'zod';
import {
  DEFAULT_NEO4J_MEMORY,
  formatBytes,
  memoryBytes,
  MIN_HEAP_BYTES,
  MIN_PAGE_CACHE_BYTES,
} from './launcher/memory.ts';
import type { Role } from './schema/context.ts';
import type { AuthToken } from './schema/security.ts';
import type { OidcSettings } from './auth/oidc.ts';

const port = (name: string, fallback: number) =>
  z.coerce
    .number({ message: `${name} must be a port number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be between 1 and 65535`)
    .max(65535, `${name} must be between 1 and 65535`)
    .default(fallback);

const memorySize = (name: string, fallback: string, minimum: number) =>
  z
    .string()
    .default(fallback)
    .refine((value) => memoryBytes(value) !== null, `${name} must be a size such as 512m or 2g (k, m or g)`)
    .refine(
      (value) => (memoryBytes(value) ?? minimum) >= minimum,
      `${name} must be at least ${formatBytes(minimum)}, or Neo4j cannot work`,
    );
/** BACKUP_EVERY's units, in milliseconds. */
const PERIOD_UNITS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
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
  NEO4J_HEAP: memorySize('NEO4J_HEAP', DEFAULT_NEO4J_MEMORY.heap, MIN_HEAP_BYTES),
  NEO4J_PAGECACHE: memorySize('NEO4J_PAGECACHE', DEFAULT_NEO4J_MEMORY.pageCache, MIN_PAGE_CACHE_BYTES),
  AUTH_TOKENS: z
    .string()
    .optional()
    .transform((value, ctx) => parseAuthTokens(value, ctx)),
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).optional(),
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_EVERY: z
    .string()
    .regex(/^\d+(m|h|d)$/, 'BACKUP_EVERY must be a period such as 30m, 6h or 1d (minutes, hours or days)')
    .transform((value) => Number(value.slice(0, -1)) * PERIOD_UNITS[value.slice(-1) as 'm' | 'h' | 'd'])
    .refine((ms) => ms >= 60_000, 'BACKUP_EVERY must be at least 1m')
    .optional(),
  BACKUP_KEEP: z.coerce
    .number({ message: 'BACKUP_KEEP must be a number' })
    .int('BACKUP_KEEP must be a whole number')
    .min(1, 'BACKUP_KEEP must be at least 1')
    .default(7),
  /** OpenID Connect sign-in: the provider's issuer URL (discovery reads /.well-known/openid-configuration). */
  OIDC_ISSUER: z
    .url({ message: 'OIDC_ISSUER must be a URL such as https://login.example.org/realms/atlas' })
    .optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  /** Unset for a public client (PKCE only). */
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_SCOPES: z.string().default('openid email profile'),
  /** A claim of the ID token (or user info) listing the user's groups or roles, e.g. "groups" or "roles". */
  OIDC_ROLE_CLAIM: z.string().optional(),
  OIDC_ADMIN_GROUPS: list(),
  OIDC_EDITOR_GROUPS: list(),
  /** The app's own address as users reach it; the provider returns to <PUBLIC_URL>/auth/callback. */
  PUBLIC_URL: z
    .url({ message: 'PUBLIC_URL must be the address users open, such as https://atlas.example.org' })
    .optional(),
  /** Other web apps (origins) that may call the API from a browser, with credentials; none by default. */
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((value, ctx) => parseOrigins('CORS_ORIGINS', value, ctx)),
  /** Users with these (verified) e-mail addresses are made admins when they sign in. */
  ADMIN_EMAILS: list((entry) => entry.toLowerCase()),
  /** How long a sign-in lasts (absolute, from sign-in), in hours. */
  SESSION_HOURS: z.coerce
    .number({ message: 'SESSION_HOURS must be a number' })
    .positive()
    .max(24 * 30)
    .default(8),
  /** Mutations a client (bearer token, or address without tokens) may send per minute; 0 turns the limit off. */
  WRITE_RATE_LIMIT: count('WRITE_RATE_LIMIT', 120, 'requests a minute'),
  /** Sign-in attempts per minute per address; 0 turns the limit off. */
  SIGN_IN_RATE_LIMIT: count('SIGN_IN_RATE_LIMIT', 10, 'attempts a minute'),
  /** Requests slower than this are logged with their operation name, time and request id; 0 logs none. */
  SLOW_REQUEST_MS: count('SLOW_REQUEST_MS', 500, 'milliseconds'),
});

function list(normalise: (entry: string) => string = (entry) => entry) {
  return z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((entry) => normalise(entry.trim()))
        .filter(Boolean),
    );
}

/**
 * A comma-separated list of origins, each exactly scheme://host[:port] as browsers send it in the
 * Origin header (no path, no trailing slash, no wildcard), so that a comparison is all it takes.
 */
function parseOrigins(name: string, value: string | undefined, ctx: z.RefinementCtx): string[] {
  const origins: string[] = [];
  for (const entry of (value ?? '').split(',').map((each) => each.trim())) {
    if (!entry) continue;
    const url = URL.canParse(entry) ? new URL(entry) : null;
    const bare = url && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    if (!url || !bare || !['http:', 'https:'].includes(url.protocol) || entry.includes('*')) {
      ctx.addIssue({
        code: 'custom',
        message:
          `${name} must list origins such as https://dashboard.example.org (scheme://host[:port], ` +
          `no path or wildcard); "${entry}" is not one`,
      });
      continue;
    }
    if (!origins.includes(url.origin)) origins.push(url.origin);
  }
  return origins;
}

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

export function readConfig(environment: NodeJS.ProcessEnv = process.env, machineMemory = totalmem()): Config {
  // Treat empty variables as unset, as shells and .env files often leave them empty.
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment:\n${problems.join('\n')}`);
  }
  const config = parsed.data;
  const neo4jBytes = memoryBytes(config.NEO4J_HEAP)! + memoryBytes(config.NEO4J_PAGECACHE)!;
  if (!config.NEO4J_URI && neo4jBytes > machineMemory * 0.9) {
    throw new ConfigError(
      `NEO4J_HEAP (${config.NEO4J_HEAP}) and NEO4J_PAGECACHE (${config.NEO4J_PAGECACHE}) together ask for ` +
        `${formatBytes(neo4jBytes)}, more than this machine's ${formatBytes(machineMemory)} can spare. ` +
        'Lower them (docs/operations.md#memory explains both).',
    );
  }
  if (config.BACKUP_EVERY !== undefined && config.BACKUP_DIR === undefined) {
    throw new ConfigError('BACKUP_EVERY is set but BACKUP_DIR is not: set BACKUP_DIR to the folder for the backups.');
  }
  if (config.OIDC_ISSUER) {
    const missing = (['OIDC_CLIENT_ID', 'PUBLIC_URL'] as const).filter((name) => !config[name]);
    if (missing.length > 0) {
      throw new ConfigError(`OIDC_ISSUER is set, so ${missing.join(' and ')} must be set too (see README.md)`);
    }
  }
  if (config.AUTH_TOKENS.length === 0 && !config.OIDC_ISSUER && !LOOPBACK.has(config.HOST)) {
    throw new ConfigError(
      `HOST=${config.HOST} would let other machines reach this single-user instance. ` +
        'Set OIDC_ISSUER (sign-in) or AUTH_TOKENS=viewer:<token>,editor:<token>,admin:<token> first, or bind to 127.0.0.1.',
    );
  }
  return config;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** Introspection is on in development and off in production unless GRAPHQL_INTROSPECTION says otherwise. */
export function introspectionEnabled(config: Pick<Config, 'NODE_ENV' | 'GRAPHQL_INTROSPECTION'>): boolean {
  return config.GRAPHQL_INTROSPECTION ? config.GRAPHQL_INTROSPECTION === 'true' : config.NODE_ENV !== 'production';
}

/** The OpenID Connect settings, or undefined when OIDC_ISSUER is not set. */
export function oidcSettings(config: Config): OidcSettings | undefined {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.PUBLIC_URL) return undefined;
  return {
    issuer: config.OIDC_ISSUER,
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET,
    publicUrl: config.PUBLIC_URL,
    scopes: config.OIDC_SCOPES,
    adminEmails: config.ADMIN_EMAILS,
    roleClaim: config.OIDC_ROLE_CLAIM,
    adminGroups: config.OIDC_ADMIN_GROUPS,
    editorGroups: config.OIDC_EDITOR_GROUPS,
    sessionHours: config.SESSION_HOURS,
  };
}

/** The rate-limit buckets (server/repositories/rate-limits.ts) the configuration sets, per minute. */
export function rateLimits(config: Pick<Config, 'WRITE_RATE_LIMIT' | 'SIGN_IN_RATE_LIMIT'>) {
  return {
    writes: { limit: config.WRITE_RATE_LIMIT, windowMs: 60_000 },
    'sign-in': { limit: config.SIGN_IN_RATE_LIMIT, windowMs: 60_000 },
  };
}
