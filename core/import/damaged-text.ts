/**
 * Names damaged on their way into a file: UTF-8 read as Latin-1 or Windows-1252 and saved again
 * ("CafÃ©" for "Café", "â€™" for "’"), and characters already lost (the replacement character
 * U+FFFD, or its own double encoding "ï¿½"). A name is never stored so: a double encoding that
 * decodes to visible characters is repaired; anything else is reported as damaged.
 */

/** Windows-1252's characters for the bytes 0x80–0x9F (where Latin-1 has control characters). */
const WINDOWS_1252 = new Map(
  [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'].map((char, index) => [char, 0x80 + index]),
);

/** The byte a character stands for when UTF-8 was read as Latin-1 or Windows-1252, if any. */
function byteOf(char: string): number | undefined {
  const code = char.codePointAt(0)!;
  return WINDOWS_1252.get(char) ?? (code <= 0xff ? code : undefined);
}

/** How many bytes a UTF-8 sequence starting with this byte has (0: not a lead byte). */
const sequenceLength = (lead: number) =>
  lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** What a double encoding may decode to: a visible character (not a control, filler or U+FFFD). */
const INVISIBLE = /[\p{C}\p{Default_Ignorable_Code_Point}\uFFFD]/u;

export type TextCheck =
  | { damaged: false; text: string; repaired: boolean }
  /** `part`: the damaged characters as the text has them. */
  | { damaged: true; part: string };

/** One pass over the text: each UTF-8 sequence written as Latin-1 or Windows-1252 characters, decoded. */
function undoOnePass(text: string): TextCheck {
  const chars = [...text];
  let out = '';
  let repaired = false;
  for (let index = 0; index < chars.length; index++) {
    const length = sequenceLength(byteOf(chars[index]!) ?? 0);
    const sequence = chars.slice(index, index + length);
    const bytes = sequence.map(byteOf);
    const continued =
      length > 0 && bytes.length === length && bytes.slice(1).every((b) => b !== undefined && b >= 0x80 && b <= 0xbf);
    let decoded: string | null = null;
    if (continued) {
      try {
        decoded = strictUtf8.decode(Uint8Array.from(bytes as number[]));
      } catch {
        decoded = null; // not UTF-8: the characters are what they seem
      }
    }
    if (decoded === null) {
      out += chars[index];
      continue;
    }
    if (INVISIBLE.test(decoded)) return { damaged: true, part: sequence.join('') };
    out += decoded;
    repaired = true;
    index += length - 1;
  }
  return { damaged: false, text: out, repaired };
}

/**
 * The text as it was meant: unchanged when it is sound, repaired when it is UTF-8 encoded twice (or
 * three times) and decodes to visible characters, else damaged, with the damaged part.
 */
export function checkText(text: string): TextCheck {
  let current = text;
  let repaired = false;
  for (let pass = 0; pass < 3; pass++) {
    const lost = current.indexOf('\uFFFD');
    if (lost >= 0) return { damaged: true, part: '\uFFFD' };
    const result = undoOnePass(current);
    if (result.damaged) return result;
    if (!result.repaired) break;
    current = result.text;
    repaired = true;
  }
  return { damaged: false, text: current, repaired };
}

/** What damaged names share, whatever the row (so reports group them by it). */
export const DAMAGED_TEXT = 'damaged text (a character lost or mis-encoded, e.g. U+FFFD or "ï¿½")';

/** The reason for one damaged name: what it is and which part is damaged. */
export function damagedTextReason(name: string, part: string): string {
  const shown = part === '\uFFFD' ? 'U+FFFD' : `"${part}"`;
  return `"${name}" has damaged text (${shown}: a character lost or mis-encoded)`;
}
