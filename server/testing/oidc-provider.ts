/**
 * A real OpenID provider for tests (the oidc-provider package), in this process on a free loopback
 * port: one client (the atlas), the test users below, and oidc-provider's own login and consent
 * pages (devInteractions: any password). Nothing about identity is mocked; the atlas talks to it over
 * HTTP as it would to Entra ID or Keycloak.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';
import type { OidcSettings } from '../auth/oidc.ts';
import { freePort } from '../launcher/ports.ts';

export interface TestAccount {
  name: string;
  email: string;
  emailVerified?: boolean;
  groups?: string[];
}

/** The provider's users by login name; e-mails are example.org addresses. */
export const TEST_ACCOUNTS: Record<string, TestAccount> = {
  ada: { name: 'Ada Analyst', email: 'ada@example.org' },
  bea: { name: 'Bea Boss', email: 'bea.boss@example.org' },
  cal: { name: 'Cal Caseworker', email: 'cal@example.org', groups: ['atlas-editors'] },
  dee: { name: 'Dee Director', email: 'dee@example.org', groups: ['atlas-admins', 'staff'] },
};

export const TEST_CLIENT = { id: 'stakeholder-atlas', secret: 'test-client-secret-0123456789' };

export interface TestProvider {
  issuer: string;
  stop(): Promise<void>;
}

/** Starts the provider for atlases at these addresses (each one's redirect URI is <publicUrl>/auth/callback). */
export async function startTestProvider(...publicUrls: string[]): Promise<TestProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const configuration: Configuration = {
    clients: [
      {
        client_id: TEST_CLIENT.id,
        client_secret: TEST_CLIENT.secret,
        redirect_uris: publicUrls.map((publicUrl) => new URL('/auth/callback', publicUrl).href),
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'groups'],
    },
    findAccount: (_ctx, id) => {
      const account = TEST_ACCOUNTS[id];
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          name: account.name,
          email: account.email,
          email_verified: account.emailVerified ?? true,
          groups: account.groups ?? [],
        }),
      };
    },
    cookies: { keys: ['test-provider-cookie-key-0123456789'] },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    // Quiet: oidc-provider renders its errors as pages; tests read them from the response.
    renderError: (ctx, out) => {
      ctx.type = 'text/plain';
      ctx.body = `${out.error}: ${out.error_description ?? ''}`;
    },
  };
  const provider = new Provider(issuer, configuration);
  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolveListening) => server.listen(port, '127.0.0.1', () => resolveListening()));
  return {
    issuer: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolveClosed) => server.close(() => resolveClosed()));
    },
  };
}

/** The atlas's OpenID Connect settings for this provider: its client, the usual scopes, and the rest as given. */
export function oidcSettingsFor(
  provider: TestProvider,
  settings: Omit<OidcSettings, 'issuer' | 'clientId' | 'clientSecret' | 'scopes'>,
): OidcSettings {
  return {
    issuer: provider.issuer,
    clientId: TEST_CLIENT.id,
    clientSecret: TEST_CLIENT.secret,
    scopes: 'openid email profile',
    ...settings,
  };
}
