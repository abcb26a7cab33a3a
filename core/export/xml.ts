/** XML text through fast-xml-parser's builder, which escapes text and attribute values itself. */
import { XMLBuilder } from 'fast-xml-parser';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
});

export type XmlNode = Record<string, unknown>;

export function xmlDocument(root: XmlNode): string {
  return String(builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, ...root }));
}

/** Leaves out attributes whose value is absent, so a missing date is no attribute rather than "". */
export function attributes(values: Record<string, string | number | undefined>): XmlNode {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([name, value]) => [`@_${name}`, value]),
  );
}
