import { describe, expect, it } from 'vitest';
import { decodeText, lineAndColumn, megabytes, parseJson } from './text.ts';

describe('decodeText', () => {
  it('reads UTF-16 BE with its byte-order mark', () => {
    const bytes = new Uint8Array([0xfe, 0xff, 0x00, 0x4c, 0x00, 0xa3]);
    expect(decodeText('a.csv', bytes)).toEqual({ text: 'L£', problems: [] });
  });

  it('refuses UTF-16 that is broken although it has a byte-order mark', () => {
    // A lone high surrogate (0xD800) cannot be decoded.
    const bytes = new Uint8Array([0xff, 0xfe, 0x00, 0xd8]);
    expect(decodeText('a.csv', bytes).problems[0]!.reason).toBe(
      'is not valid UTF-16LE text although it starts with a byte-order mark; save it as UTF-8',
    );
  });

  it('keeps a second byte-order mark as content, so nothing is silently dropped twice', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41]);
    expect(decodeText('a.csv', bytes).text).toBe('\uFEFFA');
  });
});

describe('helpers', () => {
  it('writes sizes in MB and finds lines and columns', () => {
    expect(megabytes(20 * 1024 * 1024)).toBe('20 MB');
    expect(megabytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(lineAndColumn('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
  });

  it('gives a JSON syntax error its line where the engine names a position', () => {
    const result = parseJson('{\n  "a": 1,\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^JSON syntax error( at line 3, column 1)?: /);
    expect(parseJson('[1]')).toEqual({ ok: true, value: [1] });
  });
});
