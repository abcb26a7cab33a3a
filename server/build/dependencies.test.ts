/**
 * Every package in package.json earns its place: some source, config or script uses it. A package
 * nothing uses is a download and an attack surface for nothing (docs/architecture.md).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from './client.ts';

const CODE = /\.(ts|tsx|js|cjs|mjs)$/;
const FOLDERS = ['core', 'server', 'client', 'seed', 'bench', 'e2e', 'neo4j/src'];
const CONFIGS = ['codegen.ts', 'vite.config.ts', 'eslint.config.js', '.dependency-cruiser.cjs'];

function codeUnder(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .filter((entry) => !['node_modules', 'generated'].includes(entry))
    .flatMap((entry) => {
      const child = join(path, entry);
      return statSync(child).isDirectory() ? codeUnder(child) : CODE.test(entry) ? [child] : [];
    });
}

const manifest = (name: string) =>
  JSON.parse(readFileSync(join(ROOT_DIR, 'node_modules', name, 'package.json'), 'utf8')) as {
    bin?: string | Record<string, string>;
    peerDependencies?: Record<string, string>;
    peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  };

/**
 * The peers a package brings in: all of a runtime dependency's (graphql-armor's Envelop plugin needs
 * @envelop/core), only the required ones of a tool's (vite's optional yaml does not count).
 */
function peersOf(name: string, runtime: boolean): string[] {
  const { peerDependencies = {}, peerDependenciesMeta = {} } = manifest(name);
  return Object.keys(peerDependencies).filter((peer) => runtime || !peerDependenciesMeta[peer]?.optional);
}

/** The packages a text names in an import, require.resolve or (codegen) plugin string. */
function packagesNamedIn(text: string, candidates: readonly string[]): string[] {
  return candidates.filter((name) => {
    const quoted = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const codegenPlugin = name.startsWith('@graphql-codegen/') ? `|'${name.slice('@graphql-codegen/'.length)}'` : '';
    return new RegExp(`['"]${quoted}(/[^'"]*)?['"]${codegenPlugin}`).test(text);
  });
}

describe('package.json', () => {
  it('lists no dependency that nothing uses', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT_DIR, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const declared = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
    const files = [...FOLDERS, ...CONFIGS].map((entry) => join(ROOT_DIR, entry)).flatMap(codeUnder);
    const used = new Set(files.flatMap((file) => packagesNamedIn(readFileSync(file, 'utf8'), declared)));
    // Commands the scripts and CI run belong to the packages that ship them.
    const commands = new Set(
      [...Object.values(pkg.scripts), readFileSync(join(ROOT_DIR, '.ci/run'), 'utf8')].flatMap((line) =>
        line.split(/[\s;&|()]+/),
      ),
    );
    for (const name of declared) {
      const { bin } = manifest(name);
      const binaries = typeof bin === 'string' ? [name.split('/').pop()!] : Object.keys(bin ?? {});
      if (binaries.some((binary) => commands.has(binary))) used.add(name);
    }
    // Types and peers come with what uses them.
    let added = true;
    while (added) {
      added = false;
      for (const name of declared) {
        if (used.has(name)) continue;
        const typed = name.startsWith('@types/') ? name.slice('@types/'.length) : null;
        const peerOfUsed = [...used].some((user) => peersOf(user, user in pkg.dependencies).includes(name));
        if ((typed && (typed === 'node' || used.has(typed) || used.has(`${typed}-dom`))) || peerOfUsed) {
          used.add(name);
          added = true;
        }
      }
    }
    expect(declared.filter((name) => !used.has(name))).toEqual([]);
  });
});
