import { describe, expect, it } from 'vitest';
import { checkText, damagedTextReason } from './damaged-text.ts';

/** The text as a program that read its UTF-8 bytes as Latin-1 (or Windows-1252) would save it. */
const doubleEncoded = (text: string, decoder = 'latin1') =>
  new TextDecoder(decoder).decode(new TextEncoder().encode(text));

describe('damaged text', () => {
  it('leaves sound names alone, accents and other scripts included', () => {
    for (const name of [
      'Plain Council',
      'Côte Café Société',
      'São Tomé',
      'Ynys Môn',
      'Đà Nẵng',
      'Καλαμάτα',
      '東京都',
      'naïve—“quoted”',
    ]) {
      expect(checkText(name)).toEqual({ damaged: false, text: name, repaired: false });
    }
  });

  it('repairs UTF-8 read as Latin-1 or Windows-1252, even twice over', () => {
    expect(checkText('CafÃ© SociÃ©tÃ©')).toEqual({ damaged: false, text: 'Café Société', repaired: true });
    expect(checkText(doubleEncoded('Ynys Môn'))).toEqual({ damaged: false, text: 'Ynys Môn', repaired: true });
    expect(checkText(doubleEncoded('O’Neill — “Trust”', 'windows-1252'))).toEqual({
      damaged: false,
      text: 'O’Neill — “Trust”',
      repaired: true,
    });
    expect(checkText(doubleEncoded(doubleEncoded('Zoë Pérez')))).toEqual({
      damaged: false,
      text: 'Zoë Pérez',
      repaired: true,
    });
  });

  it('reports characters already lost, or encodings that decode to nothing visible', () => {
    expect(checkText('Sir Ynys M\uFFFDn')).toEqual({ damaged: true, part: '\uFFFD' });
    expect(checkText(doubleEncoded('Sir Ynys M\uFFFDn'))).toEqual({ damaged: true, part: 'ï¿½' });
    // A halfwidth filler where a space was: decodes, but to nothing a reader sees.
    expect(checkText(doubleEncoded('City\uFFA0and County'))).toEqual({ damaged: true, part: 'ï¾\u00A0' });
    expect(checkText(doubleEncoded('Tab\u0009Here'))).toEqual({
      damaged: false,
      text: 'Tab\u0009Here',
      repaired: false,
    });
  });

  it('says which name and which part', () => {
    expect(damagedTextReason('Sir Ynys Mï¿½n', 'ï¿½')).toBe(
      '"Sir Ynys Mï¿½n" has damaged text ("ï¿½": a character lost or mis-encoded)',
    );
    expect(damagedTextReason('M\uFFFDn', '\uFFFD')).toContain('(U+FFFD:');
  });
});
