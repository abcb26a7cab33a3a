/**
 * Bytes to text for the import's readers, and the limits every reader keeps: a file's size, a
 * cell's length, a file's rows. Nothing here throws on bad input: each problem is reported.
 */
import type { Problem } from '../problems.ts';

/** A file larger than this is refused before it is read. */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;
/** A longer cell is an "oversized cell" problem (a description is a paragraph, not a book). */
export const MAX_CELL_CHARS = 10_000;
/** Rows (elements and connections together) read from one file; the rest are refused. */
export const MAX_TABLE_ROWS = 1_000_000;

const MB = 1024 * 1024;

export function fileProblem(file: string, reason: string, record = '', field = ''): Problem {
  return { file, record, field, reason };
}

/** "1.5 MB", "20 MB": whole numbers stay whole. */
export function megabytes(bytes: number): string {
  const value = bytes / MB;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} MB`;
}

export function fileSizeProblem(file: string, byteLength: number): Problem | undefined {
  if (byteLength <= MAX_IMPORT_FILE_BYTES) return undefined;
  return fileProblem(
    file,
    `is ${megabytes(byteLength)}; files of at most ${megabytes(MAX_IMPORT_FILE_BYTES)} can be imported`,
  );
}

export interface DecodedText {
  /** The text, or undefined when the bytes could not be read as text (see problems). */
  text: string | undefined;
  problems: Problem[];
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * UTF-8 (a byte-order mark is dropped), or UTF-16 LE/BE when a byte-order mark says so. Anything
 * else must be valid UTF-8: a spreadsheet's "CSV" in windows-1252 (£ as 0xA3) is refused rather
 * than guessed at, since a wrong guess silently garbles names.
 */
export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  const sizeProblem = fileSizeProblem(file, bytes.byteLength);
  if (sizeProblem) return { text: undefined, problems: [sizeProblem] };
  let encoding = 'utf-8';
  let body = bytes;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) body = bytes.subarray(3);
  else if (startsWith(bytes, [0xff, 0xfe])) [encoding, body] = ['utf-16le', bytes.subarray(2)];
  else if (startsWith(bytes, [0xfe, 0xff])) [encoding, body] = ['utf-16be', bytes.subarray(2)];
  let text: string;
  try {
    // ignoreBOM: the mark is already cut off above, so a second one would be content.
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const reason =
      encoding === 'utf-8'
        ? 'is not UTF-8 text; save it as UTF-8 (in Excel: CSV UTF-8)'
        : `is not valid ${encoding.toUpperCase()} text although it starts with a byte-order mark; save it as UTF-8`;
    return { text: undefined, problems: [fileProblem(file, reason)] };
  }
  if (text.trim() === '') return { text: undefined, problems: [fileProblem(file, 'is empty')] };
  return { text, problems: [] };
}

/** 1-based line and column of a character offset, for syntax errors. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; reason: string };

/** JSON.parse, with a syntax error's line and column where the engine gives a position. */
export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const detail = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '');
    if (!position) return { ok: false, reason: `JSON syntax error: ${detail}` };
    const { line, column } = lineAndColumn(text, Number(position[1]));
    return { ok: false, reason: `JSON syntax error at line ${line}, column ${column}: ${detail}` };
  }
}
