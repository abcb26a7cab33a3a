/**
 * The national bodies of the synthetic national network (national.ts): the anchors every size
 * starts with (associations with every council as a member, departments, forums of each tier),
 * then drawn ones of every kind, with their members, their links to government and each other, and
 * the regions' groups represented on them.
 */
import type { BodyType, Sector } from '../vocabulary.ts';
import type { DrawnCouncils } from './national-councils.ts';
import {
  lifetime,
  monthText,
  slug,
  uniqueName,
  yearOf,
  type Body,
  type Council,
  type NationalDrawing,
  type Region,
} from './national-drawing.ts';
import type { SyntheticSizeSpec } from './national-sizes.ts';
import { TOPICS } from './names.ts';

export interface NationalBody extends Body {
  sector: Sector;
  members: Council[] | 'all';
  presidentPost?: string;
  topic: string;
}

/** Draws the national bodies after the councils and adds them with their relationships. */
export function drawNationalBodies(
  drawing: NationalDrawing,
  spec: SyntheticSizeSpec,
  { regions, councils, bodyNames, drawPlace }: DrawnCouncils,
) {
  const nationalBodies: NationalBody[] = anchorBodies(councils, bodyNames).slice(0, spec.nationalBodies);
  const drawnName = bodyNamers(drawing, drawPlace);
  while (nationalBodies.length < spec.nationalBodies) {
    nationalBodies.push(
      drawnBody(drawing, councils, (type, topic) => uniqueName(() => drawnName[type]!(topic), bodyNames)),
    );
  }
  const government = nationalBodies.filter((body) => body.sector === 'central-government');
  addNationalBodies(drawing, nationalBodies, councils, government);
  const anchor = (index: number) => (index < nationalBodies.length ? nationalBodies[index] : undefined);
  linkAnchors(drawing, nationalBodies, regions, anchor);
  return { nationalBodies, government, anchor };
}

/** The bodies every size starts with, in order (a size takes the first so many): their names are taken. */
function anchorBodies(councils: readonly Council[], bodyNames: Set<string>): NationalBody[] {
  return [
    ['National Association of Local Authorities', 'professional-association', 'all', 'leader', 'Local Government'],
    ['Society of Public Service Digital Leaders', 'professional-association', 'all', 'digital', 'Digital'],
    ["Council Chief Executives' Society", 'professional-association', 'all', 'chief-executive', 'Leadership'],
    ['Local Authority Finance Institute', 'professional-association', 'all', 'finance', 'Finance'],
    ['Department for Local Public Services', 'government-department', [], undefined, 'Local Government'],
    ['Department for Digital Government', 'government-department', [], undefined, 'Digital'],
    ['Local Digital Delivery Agency', 'government-agency', [], undefined, 'Digital'],
    ['Local Services Data Standards Board', 'leadership-council', [], undefined, 'Data'],
    ['County Councils Forum', 'network', 'county', undefined, 'Local Government'],
    ['District Councils Forum', 'network', 'district', undefined, 'Local Government'],
    ['Metropolitan Boroughs Group', 'network', 'metropolitan', undefined, 'Local Government'],
    ['Unitary Councils Network', 'network', 'unitary', undefined, 'Local Government'],
    ['Local Public Services Chief Information Officers Council', 'leadership-council', [], undefined, 'Digital'],
    ['Local Services Digital Review', 'publication', [], undefined, 'Digital'],
  ].map(([name, type, members, presidentPost, topic]) => {
    bodyNames.add(slug(name as string));
    return {
      id: `body:${slug(name as string)}`,
      name: name as string,
      type: type as BodyType,
      sector: ((type as string).startsWith('government') ? 'central-government' : 'local-government') as Sector,
      members:
        members === 'all'
          ? 'all'
          : typeof members === 'string'
            ? councils.filter((council) => council.tier === members)
            : (members as Council[]),
      presidentPost: presidentPost as string | undefined,
      topic: topic as string,
    };
  });
}

/** How each type of drawn body is named after its topic. */
function bodyNamers(drawing: NationalDrawing, drawPlace: () => string): Record<string, (topic: string) => string> {
  const { random } = drawing;
  const prefixes = ['National', 'UK', 'Public Service', 'Local', 'Civic', 'British'];
  return {
    'professional-association': (topic) =>
      random.pick([
        `${random.pick(prefixes)} Association of ${topic} Professionals`,
        `Society of Local ${topic} Managers`,
        `Institute of ${random.pick(prefixes)} ${topic}`,
      ]),
    network: (topic) => `${random.pick(prefixes)} ${topic} Network`,
    coalition: (topic) =>
      random.pick([`${topic} Alliance for Local Services`, `${random.pick(prefixes)} ${topic} Coalition`]),
    'leadership-council': (topic) => `${random.pick(prefixes)} ${topic} Leaders' Council`,
    'trade-body': (topic) => `${topic} Suppliers' Association`,
    foundation: (topic) => random.pick([`${topic} Foundation`, `Foundation for ${random.pick(prefixes)} ${topic}`]),
    publication: (topic) => random.pick([`${topic} Today`, `Local ${topic} Review`, `${topic} in Government`]),
    company: (topic) => `${drawPlace()} ${topic} ${random.pick(['Ltd', 'Partners', 'Group'])}`,
  };
}

/** One drawn body: its type, topic, sector, members (a share of the councils, or all) and dates. */
function drawnBody(
  drawing: NationalDrawing,
  councils: readonly Council[],
  nameOf: (type: BodyType, topic: string) => string,
): NationalBody {
  const { random } = drawing;
  const type = random.weighted<BodyType>([
    ['professional-association', 35],
    ['network', 25],
    ['coalition', 10],
    ['leadership-council', 7],
    ['trade-body', 8],
    ['foundation', 7],
    ['publication', 4],
    ['company', 4],
  ]);
  const topic = random.pick(TOPICS);
  const name = nameOf(type, topic);
  const sector: Sector =
    type === 'trade-body' || type === 'company'
      ? 'private'
      : type === 'foundation'
        ? 'third-sector'
        : random.chance(0.7)
          ? 'local-government'
          : 'cross-sector';
  const hasMembers = ['professional-association', 'network', 'coalition', 'leadership-council'].includes(type);
  const share = random.chance(0.1) ? 1 : random.next() * 0.6 + 0.05;
  return {
    id: `body:${slug(name)}`,
    name,
    type,
    sector,
    topic,
    members: !hasMembers ? [] : share === 1 ? 'all' : random.sample(councils, Math.round(councils.length * share)),
    ...(random.chance(0.3) ? { from: random.int(2006, 2020) * 12 } : {}),
    ...(random.chance(0.05) ? { to: random.int(2021, 2025) * 12 + random.int(0, 11) } : {}),
  };
}

const acronymOf = (name: string) =>
  name
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join('');

/** The national bodies as records, with their members, their links to government and to each other. */
function addNationalBodies(
  drawing: NationalDrawing,
  nationalBodies: readonly NationalBody[],
  councils: readonly Council[],
  government: readonly NationalBody[],
): void {
  const { random, addBody, relate } = drawing;
  for (const body of nationalBodies) {
    const acronym = acronymOf(body.name);
    addBody(
      body,
      body.sector,
      `A national ${body.type.replace(/-/g, ' ')} for ${body.topic.toLowerCase()} in local public services.`,
      acronym.length >= 3 ? acronym : undefined,
    );
    const members = body.members === 'all' ? councils : body.members;
    for (const council of members) {
      const starts = [random.int(2000, 2012), body.from && yearOf(body.from), council.from && yearOf(council.from)];
      const ends = [body.to, council.to].filter((end): end is number => end !== undefined);
      relate('MEMBER_OF', council.id, body.id, {
        validFrom: String(Math.max(...starts.filter((start): start is number => start !== undefined))),
        ...(ends.length > 0 ? { validTo: monthText(Math.min(...ends)) } : {}),
        dateBasis: 'source-date',
      });
    }
    if (body.sector !== 'central-government' && government.length > 0) {
      for (const department of random.sample(government, random.int(1, 2))) {
        relate(random.chance(0.3) ? 'ADVISES' : 'INFLUENCES', body.id, department.id, lifetime(body));
      }
    }
    if (random.chance(0.3)) {
      const other = random.pick(nationalBodies);
      if (other !== body)
        relate(random.chance(0.5) ? 'COLLABORATES_WITH' : 'LIAISES_WITH', body.id, other.id, lifetime(body));
    }
  }
}

/** The anchors' relationships: forums part of the association, boards, the agency, regions' groups. */
function linkAnchors(
  drawing: NationalDrawing,
  nationalBodies: readonly NationalBody[],
  regions: readonly Region[],
  anchor: (index: number) => NationalBody | undefined,
): void {
  const { random, relate } = drawing;
  for (const forum of nationalBodies.slice(8, 12)) {
    if (anchor(0)) relate('PART_OF', forum.id, anchor(0)!.id);
  }
  const standardsBoard = anchor(7);
  if (standardsBoard) {
    for (const association of nationalBodies.filter((body) => body.type === 'professional-association').slice(0, 8)) {
      relate('REPRESENTED_ON', association.id, standardsBoard.id, { validFrom: String(random.int(2012, 2018)) });
    }
  }
  if (anchor(6) && anchor(5))
    relate('CREATED', anchor(5)!.id, anchor(6)!.id, { validFrom: '2015', dateBasis: 'stated' });
  for (const region of regions) {
    if (anchor(1))
      relate('REPRESENTED_ON', region.cios.id, anchor(1)!.id, { validFrom: String(random.int(2005, 2010)) });
    if (anchor(12))
      relate('REPRESENTED_ON', region.cios.id, anchor(12)!.id, { validFrom: String(random.int(2008, 2012)) });
    if (anchor(0))
      relate('MEMBER_OF', region.association.id, anchor(0)!.id, { validFrom: String(random.int(2000, 2005)) });
  }
}
