/**
 * A source's text from an uploaded file: .txt read as UTF-8, .html reduced to its words with
 * html-to-text (tags gone, entities decoded, no line wrapping, headings as written so they can be
 * quoted). Other types, and texts over the cap, are refused naming the field.
 */
import { convert } from 'html-to-text';
import { MAX_SOURCE_TEXT_BYTES, utf8Bytes } from '../../../core/citations.ts';
import { InputError } from '../../../core/errors.ts';

/** The most an upload may be: an HTML page's markup can outweigh its text, so twice the text's cap. */
export const MAX_UPLOAD_BYTES = 2 * MAX_SOURCE_TEXT_BYTES;

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
  selector,
  options: { uppercase: false },
}));

export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      ...HEADINGS,
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  }).trim();
}

export async function textOfUpload(file: File, field: string): Promise<string> {
  const name = file.name || '(unnamed)';
  const type = /\.txt$/i.test(name)
    ? 'text'
    : /\.html?$/i.test(name)
      ? 'html'
      : file.type === 'text/plain'
        ? 'text'
        : file.type === 'text/html'
          ? 'html'
          : null;
  if (type === null) {
    throw new InputError(field, `"${name}" is not a .txt or .html file (upload the text as plain text or HTML)`);
  }
  if (file.size > MAX_UPLOAD_BYTES) {
    throw new InputError(
      field,
      `"${name}" is ${file.size.toLocaleString('en-GB')} bytes; an upload may be at most ${MAX_UPLOAD_BYTES.toLocaleString('en-GB')} bytes`,
    );
  }
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new InputError(field, `"${name}" is not UTF-8 text`);
  }
  const text = type === 'html' ? htmlToText(raw) : raw;
  if (text.trim() === '') throw new InputError(field, `"${name}" holds no text`);
  const bytes = utf8Bytes(text);
  if (bytes > MAX_SOURCE_TEXT_BYTES) {
    throw new InputError(
      field,
      `"${name}" holds ${bytes.toLocaleString('en-GB')} bytes of text; a source's text may be at most ${MAX_SOURCE_TEXT_BYTES.toLocaleString('en-GB')} bytes (1 MB)`,
    );
  }
  return text;
}
