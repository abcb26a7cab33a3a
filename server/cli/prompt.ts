/**
 * The one yes/no question the CLIs ask before destroying data (seed --reset, restore --replace).
 * Without a terminal (a script, a pipe, CI) nothing is asked and the answer is no: such callers say
 * --yes explicitly, so that a stray pipe never confirms a deletion.
 */
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';

export interface PromptStreams {
  input: Readable & { isTTY?: boolean };
  output: Writable;
}

/** Asks `question [y/N]`; true only for "y" or "yes" (any case) typed at a terminal. */
export async function confirm(
  question: string,
  { input, output }: PromptStreams = { input: process.stdin, output: process.stdout },
): Promise<boolean> {
  if (!input.isTTY) return false;
  const prompt = createInterface({ input, output });
  // Ctrl-D (the input ends) is a no, not a question left waiting forever.
  const closed = new Promise<string>((resolveClosed) => prompt.once('close', () => resolveClosed('')));
  try {
    const answer = await Promise.race([prompt.question(`${question} [y/N] `), closed]);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    prompt.close();
  }
}
