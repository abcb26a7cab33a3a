import { describe, expect, it } from 'vitest';
import { SharedRun, SharedRuns } from './shared-run.ts';

/** A task whose runs the test settles by hand, counting how many began. */
function controlledTask() {
  const runs: { resolve: (value: number) => void; reject: (error: Error) => void }[] = [];
  const task = () =>
    new Promise<number>((resolve, reject) => {
      runs.push({ resolve, reject });
    });
  return { runs, task };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SharedRun', () => {
  it('runs at once for the first caller', async () => {
    const { runs, task } = controlledTask();
    const shared = new SharedRun<number>();
    const first = shared.run(task);
    expect(runs).toHaveLength(1);
    runs[0]!.resolve(1);
    await expect(first).resolves.toBe(1);
  });

  it('gives callers who arrive during a run the next run, one for all of them', async () => {
    const { runs, task } = controlledTask();
    const shared = new SharedRun<number>();
    const first = shared.run(task);
    const late = [shared.run(task), shared.run(task), shared.run(task)];
    expect(runs).toHaveLength(1);
    runs[0]!.resolve(1);
    await first;
    await settled();
    // The late callers must not take the answer of a run that began before they asked.
    expect(runs).toHaveLength(2);
    runs[1]!.resolve(2);
    await expect(Promise.all(late)).resolves.toEqual([2, 2, 2]);
  });

  it('starts afresh after a run that failed, which fails its own callers only', async () => {
    const { runs, task } = controlledTask();
    const shared = new SharedRun<number>();
    const first = shared.run(task);
    const late = shared.run(task);
    runs[0]!.reject(new Error('database away'));
    await expect(first).rejects.toThrow('database away');
    await settled();
    runs[1]!.resolve(7);
    await expect(late).resolves.toBe(7);
    const after = shared.run(task);
    expect(runs).toHaveLength(3);
    runs[2]!.resolve(8);
    await expect(after).resolves.toBe(8);
  });

  it('runs again for a caller who arrives after the runs ended', async () => {
    const { runs, task } = controlledTask();
    const shared = new SharedRun<number>();
    const first = shared.run(task);
    runs[0]!.resolve(1);
    await first;
    const second = shared.run(task);
    expect(runs).toHaveLength(2);
    runs[1]!.resolve(2);
    await expect(second).resolves.toBe(2);
  });
});

describe('SharedRuns', () => {
  it('shares runs per key, never across keys', async () => {
    const { runs, task } = controlledTask();
    const shared = new SharedRuns<number>();
    const a = shared.run('a', task);
    const b = shared.run('b', task);
    expect(runs).toHaveLength(2);
    runs[0]!.resolve(1);
    runs[1]!.resolve(2);
    await expect(Promise.all([a, b])).resolves.toEqual([1, 2]);
  });
});
