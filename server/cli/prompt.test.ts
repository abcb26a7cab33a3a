import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { confirm } from './prompt.ts';

/** A terminal stand-in: what the user types goes to `input`, what the prompt prints collects in `printed`. */
function terminal(isTTY = true) {
  const input = Object.assign(new PassThrough(), { isTTY });
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  return { input, output, printed: () => printed };
}

describe('confirm', () => {
  it.each([
    ['y\n', true],
    ['YES\n', true],
    ['  yes  \n', true],
    ['n\n', false],
    ['\n', false],
    ['yess\n', false],
    ['sure\n', false],
  ])('answers %j with %s', async (typed, expected) => {
    const streams = terminal();
    const answer = confirm('Delete EVERYTHING?', streams);
    streams.input.write(typed);
    expect(await answer).toBe(expected);
    expect(streams.printed()).toBe('Delete EVERYTHING? [y/N] ');
  });

  it('says no without asking when there is no terminal, even if "y" is piped in', async () => {
    const streams = terminal(false);
    streams.input.write('y\n');
    expect(await confirm('Delete EVERYTHING?', streams)).toBe(false);
    expect(streams.printed()).toBe('');
  });

  it('says no when the input ends before an answer (Ctrl-D)', async () => {
    const streams = terminal();
    const answer = confirm('Delete EVERYTHING?', streams);
    streams.input.end();
    expect(await answer).toBe(false);
  });
});
