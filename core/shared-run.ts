/**
 * A task run for every caller that needs a run begun after it asked, but once for all who ask
 * meanwhile. While a run is under way (it may have begun before this caller asked, and so miss
 * what the caller must see), callers wait for the next one, which they all share. A burst of any
 * number of callers costs at most two runs, never one each; a failed run fails its own callers
 * only, and the next run starts afresh. A run is the task of the caller who began it (or, for the
 * next, of the first to ask for it).
 */
export class SharedRun<T> {
  private running: Promise<T> | undefined;
  private queued: Promise<T> | undefined;

  /** Whether a run is under way. */
  get busy(): boolean {
    return this.running !== undefined;
  }

  run(task: () => Promise<T>): Promise<T> {
    if (!this.running) {
      const running = task().finally(() => {
        if (this.running === running) this.running = undefined;
      });
      this.running = running;
      return running;
    }
    this.queued ??= this.running
      .catch(() => {})
      .then(() => {
        this.queued = undefined;
        return this.run(task);
      });
    return this.queued;
  }
}

/** One SharedRun per key (a query and its parameters), made on first use. */
export class SharedRuns<T> {
  private readonly runs = new Map<string, SharedRun<T>>();

  run(key: string, task: () => Promise<T>): Promise<T> {
    let shared = this.runs.get(key);
    if (!shared) {
      shared = new SharedRun<T>();
      this.runs.set(key, shared);
    }
    return shared.run(task);
  }
}
