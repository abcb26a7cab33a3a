/**
 * Builds the small Maven launcher in neo4j/ when its sources changed (a hash stamp in neo4j/target/),
 * after checking that Java 17+ and Maven are there.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { hashInputs, isFresh, writeStamp } from '../build/stamp.ts';
import type { Log } from '../log.ts';
import { Neo4jLaunchError } from './errors.ts';

export const LAUNCHER_DIR = fileURLToPath(new URL('../../neo4j/', import.meta.url));
const STAMP = join(LAUNCHER_DIR, 'target', 'atlas-build.sha256');

function javaMajorVersion(): number | null {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) return null;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  if (!match) return null;
  // "1.8.0" style for Java 8 and older
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

function requireJava(): void {
  const major = javaMajorVersion();
  if (major === null) {
    throw new Neo4jLaunchError(
      'Java was not found on PATH. The embedded Neo4j needs Java 17 or later: install a JDK ' +
        '(e.g. `apt-get install openjdk-17-jdk-headless`), or set NEO4J_URI to use an existing Neo4j server.',
    );
  }
  if (major < 17) {
    throw new Neo4jLaunchError(
      `Java ${major} was found, but Neo4j 5.26 needs Java 17 or later. Install a newer JDK and put it first on PATH, ` +
        'or set NEO4J_URI to use an existing Neo4j server.',
    );
  }
}

/** Builds neo4j/ with Maven unless the last build was of the same sources. */
export async function ensureLauncherBuilt(log: Log): Promise<void> {
  requireJava();
  const hash = hashInputs(LAUNCHER_DIR, ['pom.xml', 'src']);
  if (isFresh(STAMP, hash)) return;

  if (spawnSync('mvn', ['--version'], { encoding: 'utf8' }).error) {
    throw new Neo4jLaunchError(
      'Maven (mvn) was not found on PATH. It builds the embedded Neo4j launcher on first start: install Maven 3.8+ ' +
        '(e.g. `apt-get install maven`), or set NEO4J_URI to use an existing Neo4j server.',
    );
  }
  // One line instead of Maven's hundreds (-q, --no-transfer-progress); its output is kept for a failure.
  log(
    'Building the Neo4j launcher with Maven. The first build downloads Neo4j (about 125 MB) from Maven Central ' +
      'into ~/.m2 and can take a few minutes; later starts skip this...',
  );
  const started = Date.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolveExit, reject) => {
    const child = spawn('mvn', ['-B', '-q', '--no-transfer-progress', '-DskipTests', 'package'], {
      cwd: LAUNCHER_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.on('error', reject);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => output.push(line));
    }
    child.on('close', resolveExit);
  });
  if (code !== 0) throw new Neo4jLaunchError(mavenFailure(code, output));
  writeStamp(STAMP, hash);
  log(`Neo4j launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Why Maven failed, in a sentence with what to do, then its last lines. */
function mavenFailure(code: number | null, output: string[]): string {
  const text = output.join('\n');
  const advice =
    /Could not (transfer|resolve)|UnknownHost|Connection (refused|timed out)|Network is unreachable|PKIX/.test(text)
      ? 'Maven could not download from Maven Central: check the network, a proxy (in ~/.m2/settings.xml) or a firewall, then run `npm run build` again.'
      : /No space left on device/.test(text)
        ? 'The disk is full: free space (Neo4j needs about 150 MB in ~/.m2 and neo4j/target), then run `npm run build` again.'
        : /COMPILATION ERROR|cannot find symbol/.test(text)
          ? 'The launcher in neo4j/src does not compile: undo the change there or fix it, then run `npm run build` again.'
          : 'Run `cd neo4j && mvn -B package` to see the whole output, fix the cause, then run `npm run build` again.';
  return (
    `Building the Neo4j launcher failed (mvn exited with ${code}). ${advice}\n` +
    `Last lines of Maven's output:\n${output.slice(-25).join('\n') || '(none)'}`
  );
}
