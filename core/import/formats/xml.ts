/**
 * XML for the graph readers (GraphML, GEXF), parsed with no entity expansion at all: a file that
 * declares a DOCTYPE or entities is refused before parsing (billion laughs, external entities such
 * as file:///etc/passwd), and only XML's five escapes and character references are decoded.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { TableBuilder } from './table-builder.ts';

export const DOCTYPE_REASON = 'declares a DOCTYPE or entities, which imports refuse (XML entity expansion)';

const ESCAPES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's predefined escapes and character references, in one pass (so "&amp;lt;" is "&lt;"). */
export function decodeXmlEscapes(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ESCAPES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export type XmlElement = Record<string, unknown>;

/**
 * Parses a document, or reports why not (a DOCTYPE, or malformed XML with its line) and gives
 * undefined. Attributes are plain keys prefixed "@_"; text is "#text"; listed elements are arrays.
 */
export function parseXml(builder: TableBuilder, text: string, arrays: readonly string[]): XmlElement | undefined {
  // Checked on the raw text, before any parser sees it: a DOCTYPE is refused wherever it stands.
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    builder.problem('', '', DOCTYPE_REASON);
    return undefined;
  }
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    builder.problem('', '', `XML syntax error at line ${line}, column ${col}: ${msg}`);
    return undefined;
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: false,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    tagValueProcessor: (_name, value) => decodeXmlEscapes(value),
    attributeValueProcessor: (_name, value) => decodeXmlEscapes(value),
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && arrays.includes(name),
  });
  return parser.parse(text) as XmlElement;
}

/** The list under a key (isArray makes listed elements arrays; anything else is wrapped). */
export function children(element: unknown, name: string): XmlElement[] {
  if (!element || typeof element !== 'object') return [];
  const value = (element as XmlElement)[name];
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((each) =>
    each && typeof each === 'object' ? (each as XmlElement) : { '#text': each },
  );
}

/** An attribute's value, or undefined. */
export function attribute(element: XmlElement, name: string): string | undefined {
  const value = element[`@_${name}`];
  return value === undefined || value === null ? undefined : String(value);
}

/** An element's own text (an element holding only text may be parsed as a string), or undefined. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object') {
    const element = value as XmlElement;
    const own = element['#text'];
    // An element with child elements (yEd's graphics) is not a value.
    const hasChildren = Object.keys(element).some((key) => key !== '#text' && !key.startsWith('@_'));
    if (hasChildren) return undefined;
    return own === undefined ? '' : String(own);
  }
  return undefined;
}
