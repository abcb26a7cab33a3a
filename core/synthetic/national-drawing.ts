/**
 * What every stage of the synthetic national network (national.ts) draws with: one seeded random
 * sequence, the records drawn so far, and the helpers that add them (a body, a relationship with
 * its citation, confidence and date basis). The stages draw in a fixed order from the one
 * sequence, which is what makes the same seed give the same records.
 */
import type { EntityRecord, RelationshipRecord } from '../records.ts';
import { CONFIDENCE, type BodyType, type DateBasis, type RelationshipType, type Sector } from '../vocabulary.ts';
import type { CouncilTier } from './national-sizes.ts';
import { createRandom } from './random.ts';

/** The period the network covers: people's roles run from before 2005 until mid-2026. */
export const FIRST_MONTH = 2005 * 12;
export const LAST_MONTH = 2026 * 12 + 5;
export const monthText = (month: number) => `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
export const yearOf = (month: number) => Math.floor(month / 12);

export const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A body of the network, with the months it existed when not always. */
export interface Body {
  id: string;
  name: string;
  type: BodyType;
  from?: number;
  to?: number;
}
export interface Council extends Body {
  tier: CouncilTier;
  place: string;
  region: Region;
  county?: Council;
}
export interface Region {
  name: string;
  association: Body;
  chiefExecutives: Body;
  leaders: Body;
  cios: Body;
  councils: Council[];
}

/** The dates of a relationship that lasts as long as a body: from its year, to its month. */
export const lifetime = (body: { from?: number; to?: number }) => ({
  ...(body.from === undefined ? {} : { validFrom: String(yearOf(body.from)) }),
  ...(body.to === undefined ? {} : { validTo: monthText(body.to) }),
});

/** The dates of a relationship from one month to another (open when there is no end). */
export const period = (start: number, end?: number) => ({
  validFrom: monthText(start),
  ...(end === undefined ? {} : { validTo: monthText(end) }),
});

/** A name `draw` gives that is not yet taken (by slug), numbered when forty draws find none. */
export function uniqueName(draw: () => string, taken: Set<string>): string {
  for (let attempt = 0; attempt < 40; attempt++) {
    const name = draw();
    if (!taken.has(slug(name))) {
      taken.add(slug(name));
      return name;
    }
  }
  for (let suffix = 2; ; suffix++) {
    const name = `${draw()} ${suffix}`;
    if (!taken.has(slug(name))) {
      taken.add(slug(name));
      return name;
    }
  }
}

export type NationalDrawing = ReturnType<typeof createDrawing>;

/** The shared sequence and records of one network, and the helpers that add to them. */
export function createDrawing(seed: number, source: string) {
  const random = createRandom(seed);
  let fact = 0;
  const cite = () => [{ source, quote: `generated fact #${++fact}` }];
  const entities: EntityRecord[] = [];
  const relationships: RelationshipRecord[] = [];
  const relationshipIds = new Map<string, number>();

  const confidence = () =>
    random.weighted<number>([
      [CONFIDENCE.STATED, 5],
      [CONFIDENCE.IMPLIED, 3],
      [CONFIDENCE.PROBABLE, 1.5],
      [CONFIDENCE.UNCERTAIN, 0.5],
    ]);
  const relate = (
    type: RelationshipType,
    from: string,
    to: string,
    dates: { validFrom?: string; validTo?: string; role?: string; dateBasis?: DateBasis } = {},
  ) => {
    const base = `rel:${from.split(':')[1]}-${slug(type)}-${to.split(':')[1]}`;
    const seen = (relationshipIds.get(base) ?? 0) + 1;
    relationshipIds.set(base, seen);
    const dateBasis =
      dates.dateBasis ??
      random.weighted<DateBasis>([
        ['stated', 7],
        ['source-date', 2],
        ['inferred', 1],
      ]);
    const citations = cite();
    if (dateBasis === 'inferred') {
      Object.assign(citations[0]!, { note: 'Synthetic: dates inferred from the facts around it.' });
    }
    relationships.push({
      id: seen === 1 ? base : `${base}-${seen}`,
      type,
      from,
      to,
      ...(dates.role === undefined ? {} : { role: dates.role }),
      ...(dates.validFrom === undefined ? {} : { validFrom: dates.validFrom }),
      ...(dates.validTo === undefined ? {} : { validTo: dates.validTo }),
      dateBasis,
      confidence: confidence(),
      citations,
    });
  };
  const addBody = (body: Body, sector: Sector, description: string, acronym?: string) => {
    entities.push({
      id: body.id,
      kind: 'BODY',
      type: body.type,
      sector,
      name: body.name,
      description,
      ...(acronym ? { aliases: [{ name: acronym, kind: 'acronym', citations: cite() }] } : {}),
      ...(body.from === undefined ? {} : { validFrom: monthText(body.from) }),
      ...(body.to === undefined ? {} : { validTo: monthText(body.to) }),
      citations: cite(),
    });
  };
  return { random, cite, relate, addBody, entities, relationships };
}
