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
