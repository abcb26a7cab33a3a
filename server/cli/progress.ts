/**
 * Progress of a long CLI job: one line updated in place on a terminal, or a plain line at every
 * tenth of the way otherwise (logs, CI).
 */
export interface Counts {
  nodes: number;
  relationships: number;
}

export function countsProgress(prefix: string, verb: string, output: NodeJS.WriteStream = process.stdout) {
  let lastTenth = -1;
  let drawn = false;
  return {
    update(done: Counts, total: Counts): void {
      const text = `${prefix} ${verb}: ${done.nodes}/${total.nodes} nodes, ${done.relationships}/${total.relationships} relationships`;
      if (output.isTTY) {
        output.write(`\r${text}\x1b[K`);
        drawn = true;
        return;
      }
      const all = total.nodes + total.relationships;
      const tenth = all === 0 ? 10 : Math.floor(((done.nodes + done.relationships) / all) * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        output.write(`${text}\n`);
      }
    },
    /** Ends the updating line, so what follows starts on a line of its own. */
    end(): void {
      if (drawn) output.write('\n');
      drawn = false;
    },
  };
}
