import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.ts';

describe('readConfig', () => {
  it('defaults to a loopback server on port 4000 with the embedded Neo4j', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      PORT: 4000,
      HOST: '127.0.0.1',
      NEO4J_BOLT_PORT: 7687,
      NEO4J_DATA_DIR: '.data/neo4j',
    });
    expect(config.NEO4J_URI).toBeUndefined();
  });

  it('treats empty variables as unset', () => {
    const config = readConfig({ PORT: '', NEO4J_URI: '' });
    expect(config.PORT).toBe(4000);
    expect(config.NEO4J_URI).toBeUndefined();
  });

  it('names each bad variable and why', () => {
    let error: unknown;
    try {
      readConfig({ PORT: 'abc', NEO4J_BOLT_PORT: '70000', NEO4J_URI: 'http://localhost:7474' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('PORT: PORT must be a port number');
    expect(message).toContain('NEO4J_BOLT_PORT: NEO4J_BOLT_PORT must be between 1 and 65535');
    expect(message).toContain('NEO4J_URI: NEO4J_URI must look like neo4j://host:7687');
  });

  it('sizes the embedded Neo4j from NEO4J_HEAP and NEO4J_PAGECACHE, with defaults for a small machine', () => {
    expect(readConfig({})).toMatchObject({ NEO4J_HEAP: '1g', NEO4J_PAGECACHE: '256m' });
    expect(readConfig({ NEO4J_HEAP: '2G', NEO4J_PAGECACHE: '1g' })).toMatchObject({
      NEO4J_HEAP: '2G',
      NEO4J_PAGECACHE: '1g',
    });
  });

  it('says which memory setting is wrong and why', () => {
    const messageOf = (environment: Record<string, string>, machineMemory?: number) => {
      try {
        readConfig(environment, machineMemory);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message;
      }
      throw new Error('expected a ConfigError');
    };
    const wrong = messageOf({ NEO4J_HEAP: '1.5 GB', NEO4J_PAGECACHE: '8m' });
    expect(wrong).toContain('NEO4J_HEAP: NEO4J_HEAP must be a size such as 512m or 2g');
    expect(wrong).toContain('NEO4J_PAGECACHE: NEO4J_PAGECACHE must be at least 16 MB');
    expect(messageOf({ NEO4J_HEAP: '128m' })).toContain('NEO4J_HEAP must be at least 256 MB');

    const tooBig = messageOf({ NEO4J_HEAP: '6g', NEO4J_PAGECACHE: '3g' }, 8 * 2 ** 30);
    expect(tooBig).toContain('NEO4J_HEAP (6g) and NEO4J_PAGECACHE (3g) together ask for 9.0 GB');
    expect(tooBig).toContain('8.0 GB');
    // An external server's memory is its own business.
    expect(
      readConfig({ NEO4J_HEAP: '6g', NEO4J_PAGECACHE: '3g', NEO4J_URI: 'bolt://db:7687' }, 8 * 2 ** 30),
    ).toMatchObject({ NEO4J_HEAP: '6g' });
  });
});

describe('scheduled backups', () => {
  it('are off by default and keep the newest 7 when on', () => {
    const config = readConfig({});
    expect([config.BACKUP_DIR, config.BACKUP_EVERY, config.BACKUP_KEEP]).toEqual([undefined, undefined, 7]);
    expect(readConfig({ BACKUP_DIR: '/var/backups/atlas', BACKUP_EVERY: '6h', BACKUP_KEEP: '14' })).toMatchObject({
      BACKUP_DIR: '/var/backups/atlas',
      BACKUP_EVERY: 6 * 3_600_000,
      BACKUP_KEEP: 14,
    });
    expect(readConfig({ BACKUP_DIR: 'b', BACKUP_EVERY: '30m' }).BACKUP_EVERY).toBe(30 * 60_000);
    expect(readConfig({ BACKUP_DIR: 'b', BACKUP_EVERY: '1d' }).BACKUP_EVERY).toBe(86_400_000);
  });

  it('name what is wrong with BACKUP_EVERY and BACKUP_KEEP', () => {
    expect(() => readConfig({ BACKUP_DIR: 'b', BACKUP_EVERY: 'six hours' })).toThrow(
      /BACKUP_EVERY: BACKUP_EVERY must be a period such as 30m, 6h or 1d/,
    );
    expect(() => readConfig({ BACKUP_DIR: 'b', BACKUP_EVERY: '0m' })).toThrow(/BACKUP_EVERY must be at least 1m/);
    expect(() => readConfig({ BACKUP_KEEP: '0' })).toThrow(/BACKUP_KEEP: BACKUP_KEEP must be at least 1/);
    expect(() => readConfig({ BACKUP_KEEP: 'all' })).toThrow(/BACKUP_KEEP: BACKUP_KEEP must be a number/);
    expect(() => readConfig({ BACKUP_EVERY: '6h' })).toThrow(/BACKUP_EVERY is set but BACKUP_DIR is not/);
  });
});

describe('rate limits and slow requests', () => {
  it('reads the rate limits and the slow-request threshold, and refuses what is not a count', () => {
    expect(readConfig({})).toMatchObject({ WRITE_RATE_LIMIT: 120, SIGN_IN_RATE_LIMIT: 10, SLOW_REQUEST_MS: 500 });
    expect(readConfig({ WRITE_RATE_LIMIT: '0', SLOW_REQUEST_MS: '250' })).toMatchObject({
      WRITE_RATE_LIMIT: 0,
      SLOW_REQUEST_MS: 250,
    });
    expect(() => readConfig({ WRITE_RATE_LIMIT: '-1', SIGN_IN_RATE_LIMIT: 'many', SLOW_REQUEST_MS: '1.5' })).toThrow(
      /WRITE_RATE_LIMIT must be 0 or more[\s\S]*SIGN_IN_RATE_LIMIT must be a number of attempts a minute[\s\S]*SLOW_REQUEST_MS must be a whole number of milliseconds/,
    );
  });
});

describe('CORS_ORIGINS', () => {
  it('is empty by default and reads a comma-separated list of origins, normalised and without repeats', () => {
    expect(readConfig({}).CORS_ORIGINS).toEqual([]);
    expect(
      readConfig({
        CORS_ORIGINS: 'https://dashboard.example.org, http://localhost:5174,HTTPS://Dashboard.Example.org/',
      }).CORS_ORIGINS,
    ).toEqual(['https://dashboard.example.org', 'http://localhost:5174']);
  });

  it.each([
    ['a path', 'https://dashboard.example.org/app'],
    ['a wildcard', 'https://*.example.org'],
    ['no scheme', 'dashboard.example.org'],
    ['another scheme', 'ftp://files.example.org'],
    ['a query', 'https://dashboard.example.org/?x=1'],
  ])('refuses an entry with %s, naming the variable and the entry', (_what, entry) => {
    expect(() => readConfig({ CORS_ORIGINS: `https://ok.example.org,${entry}` })).toThrow(ConfigError);
    expect(() => readConfig({ CORS_ORIGINS: entry })).toThrow(
      `CORS_ORIGINS: CORS_ORIGINS must list origins such as https://dashboard.example.org (scheme://host[:port], no path or wildcard); "${entry}" is not one`,
    );
  });
});
