/**
 * The database checksum: a hash of every node and relationship by content (labels, type, every
 * property with its type, and for a relationship the content of its two ends), never by elementId,
 * so a restored database has the checksum of the one backed up, and any change gives another.
 * Order does not matter: each element's SHA-256 is added into a sum (mod 2^256), one for nodes and
 * one for relationships, so the checksum is computed while streaming, in constant memory but for a
 * map of node keys to their hashes.
 */
import { createHash } from 'node:crypto';

/** A property value as backup/list-nodes.cypher encodes it: exact text for numbers and times. */
export type StoredValue = null | boolean | number | string | StoredValue[] | { [key: string]: StoredValue };
/** A property: [key, type as valueType() names it without "NOT NULL", value]. */
export type StoredProperty = [key: string, type: string, value: StoredValue];

export interface NodeRow {
  /** The node's elementId where it was read: links relationships to their ends, nothing more. */
  key: string;
  labels: string[];
  properties: StoredProperty[];
}

export interface RelationshipRow {
  key: string;
  type: string;
  start: string;
  end: string;
  properties: StoredProperty[];
}

const MODULUS = 1n << 256n;
const VERSION = 'stakeholder-atlas-checksum/1';

/** JSON with object keys sorted, so equal content always gives equal text. */
export function canonicalJson(value: StoredValue | StoredValue[] | unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const byKey = (a: StoredProperty, b: StoredProperty) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

export class GraphChecksum {
  private nodeSum = 0n;
  private relationshipSum = 0n;
  private readonly nodeHashes = new Map<string, string>();
  nodes = 0;
  relationships = 0;

  addNode(node: NodeRow): void {
    const hash = sha256(canonicalJson(['node', [...node.labels].sort(), [...node.properties].sort(byKey)]));
    this.nodeHashes.set(node.key, hash);
    this.nodeSum = (this.nodeSum + BigInt(`0x${hash}`)) % MODULUS;
    this.nodes += 1;
  }

  /** Its ends must have been added first (as a backup lists every node before any relationship). */
  addRelationship(relationship: RelationshipRow): void {
    const start = this.nodeHashes.get(relationship.start);
    const end = this.nodeHashes.get(relationship.end);
    if (start === undefined || end === undefined) {
      throw new Error(`Relationship ${relationship.key} has an end that is not among the nodes`);
    }
    const hash = sha256(
      canonicalJson(['relationship', relationship.type, start, end, [...relationship.properties].sort(byKey)]),
    );
    this.relationshipSum = (this.relationshipSum + BigInt(`0x${hash}`)) % MODULUS;
    this.relationships += 1;
  }

  /** Whether a node with this key was added. */
  hasNode(key: string): boolean {
    return this.nodeHashes.has(key);
  }

  digest(): string {
    const hex = (sum: bigint) => sum.toString(16).padStart(64, '0');
    return `sha256:${sha256(canonicalJson([VERSION, this.nodes, this.relationships, hex(this.nodeSum), hex(this.relationshipSum)]))}`;
  }
}
