/**
 * A synthetic national network of UK local public services, drawn from a seed number: the same seed
 * and size give the same records, byte for byte. Shaped like the real thing: councils in tiers
 * (county, district, unitary, metropolitan, London borough) within regions, each with a chief
 * executive, a leader, a CIO or CDO and other posts held in turn by people who move between roles
 * from 2005 to 2026; national bodies and associations, some with every council as a member;
 * regional networks; programmes run by councils, national bodies and regions. Every fact cites one
 * source that says it is synthetic, with a confidence and a date basis, as real facts do.
 *
 * The records are Atlas data file records (core/records.ts); `syntheticFiles` splits them into the
 * files `npm run synthetic` writes and the import pipeline loads. Distinct from ./../graph/synthetic.ts,
 * which draws bare links of an exact node count for the client's drawing benchmark.
 */
import { ATLAS_FORMAT } from '../import/atlas-file.ts';
import type { EntityRecord, RelationshipRecord, SourceRecord } from '../records.ts';
import {
  CONFIDENCE,
  type BodyType,
  type DateBasis,
  type ProgrammeType,
  type RelationshipType,
  type Sector,
} from '../vocabulary.ts';
import { FIRST_NAMES, LAST_NAMES, PLACE_ENDS, PLACE_STARTS, TOPICS } from './names.ts';
import { createRandom } from './random.ts';

export const COUNCIL_TIERS = ['county', 'district', 'unitary', 'metropolitan', 'london'] as const;
export type CouncilTier = (typeof COUNCIL_TIERS)[number];

export interface SyntheticSizeSpec {
  councils: Record<CouncilTier, number>;
  regions: number;
  nationalBodies: number;
  programmes: number;
  /** How many of the council posts (COUNCIL_POSTS, in order) each council has. */
  postsPerCouncil: number;
}

/** `national` is about the size of the real thing; `large` about five times it, for stress. */
export const SYNTHETIC_SIZES = {
  small: {
    councils: { county: 2, district: 5, unitary: 3, metropolitan: 2, london: 2 },
    regions: 3,
    nationalBodies: 14,
    programmes: 30,
    postsPerCouncil: 5,
  },
  national: {
    councils: { county: 21, district: 164, unitary: 127, metropolitan: 36, london: 33 },
    regions: 12,
    nationalBodies: 50,
    programmes: 2000,
    postsPerCouncil: 12,
  },
  large: {
    councils: { county: 105, district: 820, unitary: 635, metropolitan: 180, london: 165 },
    regions: 12,
    nationalBodies: 250,
    programmes: 10000,
    postsPerCouncil: 12,
  },
} as const satisfies Record<string, SyntheticSizeSpec>;
export type SyntheticSize = keyof typeof SYNTHETIC_SIZES;
export const SYNTHETIC_SIZE_NAMES = Object.keys(SYNTHETIC_SIZES) as SyntheticSize[];

/** The period the network covers: people's roles run from before 2005 until mid-2026. */
const FIRST_MONTH = 2005 * 12;
const LAST_MONTH = 2026 * 12 + 5;
const monthText = (month: number) => `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
const yearOf = (month: number) => Math.floor(month / 12);

/** Regions in the order sizes take them (the first three hold every tier), with the tiers in each. */
const REGIONS: { name: string; tiers: CouncilTier[] }[] = [
  { name: 'South East', tiers: ['county', 'district', 'unitary'] },
  { name: 'London', tiers: ['london'] },
  { name: 'North West', tiers: ['county', 'district', 'unitary', 'metropolitan'] },
  { name: 'West Midlands', tiers: ['county', 'district', 'unitary', 'metropolitan'] },
  { name: 'East of England', tiers: ['county', 'district', 'unitary'] },
  { name: 'Yorkshire and the Humber', tiers: ['county', 'district', 'unitary', 'metropolitan'] },
  { name: 'East Midlands', tiers: ['county', 'district', 'unitary'] },
  { name: 'South West', tiers: ['county', 'district', 'unitary'] },
  { name: 'North East', tiers: ['unitary', 'metropolitan'] },
  { name: 'Scotland', tiers: ['unitary'] },
  { name: 'Wales', tiers: ['unitary'] },
  { name: 'Northern Ireland', tiers: ['unitary'] },
];

type Track = 'executive' | 'political' | 'digital';
/** The posts of a council, in the order sizes take them; the third is the CIO or CDO. */
export const COUNCIL_POSTS: { key: string; titles: string[]; track: Track }[] = [
  { key: 'chief-executive', titles: ['Chief Executive'], track: 'executive' },
  { key: 'leader', titles: ['Leader of the Council'], track: 'political' },
  {
    key: 'digital',
    titles: ['Chief Information Officer', 'Chief Digital Officer', 'Chief Digital and Information Officer'],
    track: 'digital',
  },
  { key: 'finance', titles: ['Director of Finance (Section 151 Officer)'], track: 'executive' },
  { key: 'deputy-leader', titles: ['Deputy Leader'], track: 'political' },
  { key: 'children', titles: ["Director of Children's Services"], track: 'executive' },
  { key: 'adults', titles: ['Director of Adult Social Services'], track: 'executive' },
  { key: 'monitoring', titles: ['Monitoring Officer'], track: 'executive' },
  { key: 'data', titles: ['Head of Data and Insight', 'Chief Data Officer'], track: 'digital' },
  { key: 'cabinet-digital', titles: ['Cabinet Member for Resources and Digital'], track: 'political' },
  { key: 'information-governance', titles: ['Head of Information Governance'], track: 'digital' },
  { key: 'public-health', titles: ['Director of Public Health'], track: 'executive' },
];
/** How often a post goes to someone who has just left a post on the same track elsewhere. */
const MOVE_CHANCE: Record<Track, number> = { executive: 0.35, political: 0.05, digital: 0.4 };

export interface SyntheticNetwork {
  seed: number;
  size: SyntheticSize;
  sources: SourceRecord[];
  entities: EntityRecord[];
  relationships: RelationshipRecord[];
}

export const syntheticSourceId = (seed: number) => `source:synthetic-national-seed-${seed}`;

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

interface Body {
  id: string;
  name: string;
  type: BodyType;
  from?: number;
  to?: number;
}
interface Council extends Body {
  tier: CouncilTier;
  place: string;
  region: Region;
  county?: Council;
}
interface Region {
  name: string;
  association: Body;
  chiefExecutives: Body;
  leaders: Body;
  cios: Body;
  councils: Council[];
}
interface Person {
  id: string;
  track: Track;
}
interface Tenure {
  post: Post;
  start: number;
  end?: number;
  title: string;
  person?: Person;
}
interface Post {
  at: Body;
  key: string;
  track: Track;
  /** CHAIRS for a chair; HOLDS_ROLE_AT with the title as role otherwise. */
  chair: boolean;
  tenures: Tenure[];
}

/** Draws the network for a size and a seed; pure and deterministic. */
export function generateNational(size: SyntheticSize, seed: number): SyntheticNetwork {
  const spec: SyntheticSizeSpec = SYNTHETIC_SIZES[size];
  const random = createRandom(seed);
  const source = syntheticSourceId(seed);
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
    period: { validFrom?: string; validTo?: string; role?: string; dateBasis?: DateBasis } = {},
  ) => {
    const base = `rel:${from.split(':')[1]}-${slug(type)}-${to.split(':')[1]}`;
    const seen = (relationshipIds.get(base) ?? 0) + 1;
    relationshipIds.set(base, seen);
    const dateBasis =
      period.dateBasis ??
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
      ...(period.role === undefined ? {} : { role: period.role }),
      ...(period.validFrom === undefined ? {} : { validFrom: period.validFrom }),
      ...(period.validTo === undefined ? {} : { validTo: period.validTo }),
      dateBasis,
      confidence: confidence(),
      citations,
    });
  };
  const lifetime = (body: { from?: number; to?: number }) => ({
    ...(body.from === undefined ? {} : { validFrom: String(yearOf(body.from)) }),
    ...(body.to === undefined ? {} : { validTo: monthText(body.to) }),
  });
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
  const uniqueName = (draw: () => string, taken: Set<string>) => {
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
  };

  // Places and councils.
  const places = new Set<string>();
  const drawPlace = () =>
    uniqueName(() => {
      const place = `${random.pick(PLACE_STARTS)}${random.pick(PLACE_ENDS)}`;
      return random.chance(0.08) ? `${random.pick(['Upper', 'Great', 'Little', 'Market'])} ${place}` : place;
    }, places);
  const bodyNames = new Set<string>();
  const regions: Region[] = REGIONS.slice(0, spec.regions).map(({ name }) => {
    const group = (groupName: string, type: BodyType): Body => {
      bodyNames.add(slug(groupName));
      return { id: `body:${slug(groupName)}`, name: groupName, type };
    };
    return {
      name,
      association: group(`Association of ${name} Councils`, 'network'),
      chiefExecutives: group(`${name} Chief Executives' Group`, 'leadership-council'),
      leaders: group(`${name} Leaders' Board`, 'leadership-council'),
      cios: group(`${name} CIO Network`, 'network'),
      councils: [],
    };
  });
  const councilName: Record<CouncilTier, (place: string) => string> = {
    county: (place) => `${place} County Council`,
    district: (place) => `${place} ${random.chance(0.4) ? 'Borough' : 'District'} Council`,
    unitary: (place) => `${place} ${random.chance(0.3) ? 'City ' : ''}Council`,
    metropolitan: (place) => `${place} Metropolitan Borough Council`,
    london: (place) => `London Borough of ${place}`,
  };
  const councils: Council[] = [];
  for (const tier of COUNCIL_TIERS) {
    const counties = councils.filter((council) => council.tier === 'county');
    const homes = regions.filter((region) => REGIONS.find((r) => r.name === region.name)!.tiers.includes(tier));
    for (let index = 0; index < spec.councils[tier]; index++) {
      const county = tier === 'district' && counties.length > 0 ? random.pick(counties) : undefined;
      const region = county?.region ?? random.pick(homes.length > 0 ? homes : regions);
      const place = drawPlace();
      const name = councilName[tier](place);
      bodyNames.add(slug(name));
      const council: Council = { id: `body:${slug(name)}`, name, type: 'council', tier, place, region, county };
      councils.push(council);
      region.councils.push(council);
    }
  }
  // Reorganisation: a few districts were abolished in 2023 and their county became a unitary council.
  const reorganised = new Set<Council>();
  for (const county of councils.filter((council) => council.tier === 'county')) {
    if (!random.chance(0.15)) continue;
    const abolished = LAST_MONTH - 38; // 2023-04
    county.to = abolished - 1;
    const place = county.place;
    const name = uniqueName(() => `${place} Council`, bodyNames);
    const unitary: Council = {
      id: `body:${slug(name)}`,
      name,
      type: 'council',
      tier: 'unitary',
      place,
      region: county.region,
      from: abolished,
    };
    councils.push(unitary);
    county.region.councils.push(unitary);
    reorganised.add(county);
    for (const district of councils.filter((council) => council.county === county)) district.to = abolished - 1;
  }

  const tierWords: Record<CouncilTier, string> = {
    county: 'county council',
    district: 'district council',
    unitary: 'unitary council',
    metropolitan: 'metropolitan borough council',
    london: 'London borough council',
  };
  for (const region of regions) {
    addBody(region.association, 'local-government', `The councils of ${region.name}, working together.`);
    addBody(region.chiefExecutives, 'local-government', `Chief executives of the councils of ${region.name}.`);
    addBody(region.leaders, 'local-government', `Leaders of the councils of ${region.name}.`);
    addBody(region.cios, 'local-government', `CIOs and digital leaders of the councils of ${region.name}.`);
    for (const group of [region.chiefExecutives, region.leaders, region.cios]) {
      relate('PROVIDES_SECRETARIAT_FOR', region.association.id, group.id, {
        validFrom: String(random.int(2003, 2012)),
      });
    }
  }
  for (const council of councils) {
    addBody(council, 'local-government', `A ${tierWords[council.tier]} in ${council.region.name}.`);
    relate('MEMBER_OF', council.id, council.region.association.id, lifetime(council));
    if (council.county) {
      relate('LIAISES_WITH', council.id, council.county.id, {
        validFrom: String(random.int(2005, 2012)),
        ...(council.to === undefined ? {} : { validTo: monthText(council.to) }),
      });
    }
  }
  for (const county of reorganised) {
    const successor = councils.find((council) => council.place === county.place && council.from !== undefined)!;
    relate('MERGED_INTO', county.id, successor.id, { validFrom: monthText(successor.from!), dateBasis: 'stated' });
    for (const district of councils.filter((council) => council.county === county)) {
      relate('MERGED_INTO', district.id, successor.id, { validFrom: monthText(successor.from!), dateBasis: 'stated' });
    }
  }
  // Shared services between neighbours.
  for (const council of councils) {
    if (!random.chance(0.5)) continue;
    const partners = council.region.councils.filter((other) => other !== council);
    for (const partner of random.sample(partners, random.int(1, 2))) {
      const from = random.int(2008, 2022);
      const to = random.chance(0.4) ? from + random.int(2, 6) : undefined;
      const ends = [to, council.to && yearOf(council.to), partner.to && yearOf(partner.to)].filter(
        (end): end is number => end !== undefined,
      );
      const starts = [from, council.from && yearOf(council.from), partner.from && yearOf(partner.from)].filter(
        (start): start is number => start !== undefined,
      );
      const start = Math.max(...starts);
      const end = ends.length > 0 ? Math.min(...ends) : undefined;
      if (end !== undefined && (end < start || end > 2026)) continue;
      relate('COLLABORATES_WITH', council.id, partner.id, {
        validFrom: String(start),
        ...(end === undefined ? {} : { validTo: String(end) }),
        role: random.pick([
          'shared ICT service',
          'shared revenues and benefits',
          'joint procurement',
          'shared data centre',
        ]),
      });
    }
  }

  // National bodies: the anchors first (some with every council as a member), then drawn ones.
  interface NationalBody extends Body {
    sector: Sector;
    members: Council[] | 'all';
    presidentPost?: string;
    topic: string;
  }
  const anchors: NationalBody[] = [
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
  const nationalBodies: NationalBody[] = anchors.slice(0, spec.nationalBodies);
  const prefixes = ['National', 'UK', 'Public Service', 'Local', 'Civic', 'British'];
  const drawnNames: Record<string, (topic: string) => string> = {
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
  while (nationalBodies.length < spec.nationalBodies) {
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
    const name = uniqueName(() => drawnNames[type]!(topic), bodyNames);
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
    nationalBodies.push({
      id: `body:${slug(name)}`,
      name,
      type,
      sector,
      topic,
      members: !hasMembers ? [] : share === 1 ? 'all' : random.sample(councils, Math.round(councils.length * share)),
      ...(random.chance(0.3) ? { from: random.int(2006, 2020) * 12 } : {}),
      ...(random.chance(0.05) ? { to: random.int(2021, 2025) * 12 + random.int(0, 11) } : {}),
    });
  }
  const government = nationalBodies.filter((body) => body.sector === 'central-government');
  const acronymOf = (name: string) =>
    name
      .split(/\s+/)
      .filter((word) => /^[A-Z]/.test(word))
      .map((word) => word[0])
      .join('');
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
  const anchor = (index: number) => (index < nationalBodies.length ? nationalBodies[index] : undefined);
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

  // Posts and who held them: each post's holders follow one another without overlap.
  const posts: Post[] = [];
  const addPost = (at: Body, key: string, track: Track, titles: string[], chair = false) => {
    const from = at.from ?? FIRST_MONTH - random.int(0, 72);
    const post: Post = { at, key, track, chair, tenures: [] };
    let start = at.from ?? from;
    while (start <= LAST_MONTH && (at.to === undefined || start <= at.to)) {
      const end = start + random.int(18, 110) - 1;
      const title = random.pick(titles);
      if (at.to !== undefined && end >= at.to) {
        post.tenures.push({ post, start, end: at.to, title });
        break;
      }
      if (end >= LAST_MONTH) {
        post.tenures.push({ post, start, title });
        break;
      }
      post.tenures.push({ post, start, end, title });
      start = end + 1 + (random.chance(0.3) ? random.int(1, 6) : 0);
    }
    posts.push(post);
    return post;
  };
  const councilPosts = COUNCIL_POSTS.slice(0, spec.postsPerCouncil);
  const postsOf = new Map<Body, Map<string, Post>>();
  for (const council of councils) {
    postsOf.set(
      council,
      new Map(councilPosts.map((post) => [post.key, addPost(council, post.key, post.track, post.titles)])),
    );
  }
  for (const body of nationalBodies) {
    if (body.type === 'publication') {
      addPost(body, 'editor', 'executive', ['Editor']);
    } else if (body.sector === 'central-government') {
      addPost(body, 'permanent-secretary', 'executive', [
        body.type === 'government-agency' ? 'Chief Executive' : 'Permanent Secretary',
      ]);
    } else {
      addPost(body, 'chief-executive', 'executive', ['Chief Executive']);
      if (body.type !== 'company') addPost(body, 'chair', 'executive', ['Chair'], true);
    }
  }

  // People: each tenure goes to someone who has just left a post on the same track, or to someone new.
  const personIds = new Map<string, number>();
  const newPerson = (track: Track): Person => {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const base = `person:${slug(first)}-${slug(last)}`;
    const seen = (personIds.get(base) ?? 0) + 1;
    personIds.set(base, seen);
    const id = seen === 1 ? base : `${base}-${seen}`;
    entities.push({ id, kind: 'PERSON', name: `${first} ${last}`, citations: cite() });
    return { id, track };
  };
  const tenures = posts.flatMap((post) => post.tenures).sort((a, b) => a.start - b.start);
  const earliest = tenures[0]?.start ?? FIRST_MONTH;
  const released: { person: Person; at: number; post: Post }[][] = [];
  const pools: Record<Track, { person: Person; at: number; post: Post }[]> = {
    executive: [],
    political: [],
    digital: [],
  };
  let flushed = earliest;
  for (const tenure of tenures) {
    for (; flushed < tenure.start; flushed++) {
      for (const entry of released[flushed - earliest] ?? []) pools[entry.person.track].push(entry);
    }
    const pool = pools[tenure.post.track];
    let person: Person | undefined;
    if (random.chance(MOVE_CHANCE[tenure.post.track])) {
      while (pool.length > 0 && !person) {
        const index = random.int(0, pool.length - 1);
        const entry = pool[index]!;
        pool[index] = pool[pool.length - 1]!;
        pool.pop();
        // Someone who left more than three years ago has left public service; one leaving this very
        // post is not its next holder.
        if (entry.at >= tenure.start - 36 && entry.post !== tenure.post) person = entry.person;
      }
    }
    tenure.person = person ?? newPerson(tenure.post.track);
    if (tenure.end !== undefined && tenure.end < LAST_MONTH) {
      (released[tenure.end + 1 - earliest] ??= []).push({ person: tenure.person, at: tenure.end, post: tenure.post });
    }
  }
  const period = (start: number, end?: number) => ({
    validFrom: monthText(start),
    ...(end === undefined ? {} : { validTo: monthText(end) }),
  });
  const regionOf = (body: Body) => councils.find((council) => council === body)?.region;
  const groupFor: Record<string, (region: Region) => Body> = {
    'chief-executive': (region) => region.chiefExecutives,
    leader: (region) => region.leaders,
    digital: (region) => region.cios,
  };
  for (const post of posts) {
    const region = regionOf(post.at);
    for (const tenure of post.tenures) {
      const when = period(tenure.start, tenure.end);
      if (post.chair) relate('CHAIRS', tenure.person!.id, post.at.id, { ...when, role: tenure.title });
      else relate('HOLDS_ROLE_AT', tenure.person!.id, post.at.id, { ...when, role: tenure.title });
      const group = region && groupFor[post.key]?.(region);
      if (group) relate('MEMBER_OF', tenure.person!.id, group.id, when);
      if (region && post.track === 'digital' && anchor(1) && random.chance(0.5)) {
        relate('MEMBER_OF', tenure.person!.id, anchor(1)!.id, when);
      }
    }
  }
  const holderAt = (post: Post | undefined, month: number) =>
    post?.tenures.find((tenure) => tenure.start <= month && (tenure.end === undefined || month <= tenure.end));

  // Regional groups are chaired in two-year turns by a member; the all-council associations have a
  // president a year, from the councils' holders of the matching post.
  for (const region of regions) {
    for (const [group, key] of [
      [region.chiefExecutives, 'chief-executive'],
      [region.leaders, 'leader'],
      [region.cios, 'digital'],
    ] as const) {
      for (let year = 2006; year <= 2026; year += 2) {
        const month = year * 12;
        const candidates = region.councils
          .map((council) => holderAt(postsOf.get(council)?.get(key), month))
          .filter((tenure): tenure is Tenure => tenure !== undefined);
        if (candidates.length === 0) continue;
        const chair = random.pick(candidates);
        const end = Math.min(month + 23, chair.end ?? Infinity);
        relate('CHAIRS', chair.person!.id, group.id, period(month, end >= LAST_MONTH ? undefined : end));
      }
    }
  }
  for (const body of nationalBodies.filter((body) => body.presidentPost)) {
    for (let year = 2006; year <= 2026; year++) {
      const month = year * 12 + 3;
      const holder = holderAt(postsOf.get(random.pick(councils))?.get(body.presidentPost!), month);
      if (holder)
        relate('PRESIDENT_OF', holder.person!.id, body.id, { validFrom: String(year), validTo: String(year) });
    }
  }

  // Programmes, run by councils, national bodies and regions, with councils taking part.
  const programmeNames = new Set<string>();
  const nouns: Record<ProgrammeType, string[]> = {
    programme: ['Programme', 'Transformation Programme'],
    project: ['Project', 'Pilot', 'Discovery'],
    initiative: ['Initiative', 'Challenge', 'Fund'],
    event: ['Conference', 'Summit', 'Festival'],
    meeting: ['Roundtable', 'Forum Meeting'],
    publication: ['Report', 'Review', 'Handbook'],
    website: ['Portal', 'Hub', 'Service'],
    standard: ['Standard', 'Data Standard', 'Code of Practice'],
    strategy: ['Strategy', 'Plan'],
    theme: ['Priority', 'Agenda'],
  };
  interface Programme {
    id: string;
    type: ProgrammeType;
    from: number;
    to?: number;
  }
  const programmes: Programme[] = [];
  const runnerBodies = nationalBodies.filter((body) => body.type !== 'publication');
  for (let index = 0; index < spec.programmes; index++) {
    const type = random.weighted<ProgrammeType>([
      ['programme', 30],
      ['project', 25],
      ['initiative', 15],
      ['event', 8],
      ['meeting', 4],
      ['publication', 4],
      ['website', 4],
      ['standard', 4],
      ['strategy', 3],
      ['theme', 3],
    ]);
    const runnerKind =
      type === 'strategy' && government.length > 0
        ? 'government'
        : random.weighted<'council' | 'national' | 'region'>([
            ['council', 55],
            ['national', 30],
            ['region', 15],
          ]);
    const year = random.int(2005, 2025);
    const single = type === 'event' || type === 'meeting';
    const fromMonth = year * 12 + random.int(0, 11);
    const length = single ? 0 : random.int(12, 96);
    const ends = single ? fromMonth : fromMonth + length;
    const to = ends >= LAST_MONTH || (!single && random.chance(0.15)) ? undefined : ends;
    const live = (body: Body) =>
      (body.from === undefined || body.from <= fromMonth) && (body.to === undefined || body.to >= fromMonth);
    const topic = random.pick(TOPICS);
    let runner: Body;
    let prefix: string;
    let participants: Council[];
    if (runnerKind === 'government') {
      runner = random.pick(government);
      prefix = 'National';
      participants = [];
    } else if (runnerKind === 'council') {
      const council = random.pick(councils.filter(live));
      runner = council;
      prefix = council.place;
      participants = random.sample(
        council.region.councils.filter((other) => other !== council && live(other)),
        random.int(0, 4),
      );
    } else if (runnerKind === 'region') {
      const region = random.pick(regions);
      runner = random.pick([region.association, region.cios, region.chiefExecutives]);
      prefix = region.name;
      participants = random.sample(region.councils.filter(live), random.int(3, 12));
    } else {
      runner = random.pick(runnerBodies.filter(live).length > 0 ? runnerBodies.filter(live) : runnerBodies);
      prefix = random.pick(['National', 'Local', 'Public Service']);
      participants = random.sample(councils.filter(live), random.int(5, 40));
    }
    const name = uniqueName(
      () => `${prefix} ${topic} ${random.pick(nouns[type])}${single ? ` ${year}` : ''}`,
      programmeNames,
    );
    const programme: Programme = { id: `programme:${slug(name)}`, type, from: fromMonth, to };
    programmes.push(programme);
    entities.push({
      id: programme.id,
      kind: 'PROGRAMME',
      type,
      name,
      validFrom: single ? monthText(fromMonth) : String(year),
      ...(to === undefined ? {} : { validTo: monthText(to) }),
      citations: cite(),
    });
    const when = (end?: number) => {
      const last = [to, end].filter((month): month is number => month !== undefined);
      return period(fromMonth, last.length > 0 ? Math.min(...last) : undefined);
    };
    relate('RUNS', runner.id, programme.id, when(runner.to));
    for (const council of participants) relate('TAKES_PART_IN', council.id, programme.id, when(council.to));
    const lead = holderAt(postsOf.get(runner)?.get('digital'), fromMonth);
    if (lead && (type === 'programme' || type === 'project')) {
      relate('TAKES_PART_IN', lead.person!.id, programme.id, { ...when(lead.end), role: 'Senior responsible owner' });
    }
  }
  const strategies = programmes.filter((programme) => programme.type === 'strategy');
  const events = programmes.filter((programme) => programme.type === 'event');
  for (const programme of programmes) {
    if (programme.type === 'strategy' || programme.type === 'event' || programme.type === 'meeting') continue;
    const strategy = strategies.length > 0 && random.chance(0.2) ? random.pick(strategies) : undefined;
    if (strategy && strategy.from <= programme.from) {
      relate('ALIGNED_WITH', programme.id, strategy.id, { validFrom: monthText(programme.from) });
    }
    const event = events.length > 0 && random.chance(0.1) ? random.pick(events) : undefined;
    if (event && event.from >= programme.from && (programme.to === undefined || event.from <= programme.to)) {
      relate('PRESENTED_AT', programme.id, event.id, period(event.from, event.from));
    }
    if (random.chance(0.05)) {
      const endorser = random.pick(nationalBodies);
      relate('ENDORSES', endorser.id, programme.id, { validFrom: String(yearOf(programme.from)) });
    }
  }

  return {
    seed,
    size,
    sources: [
      {
        id: source,
        title: `Synthetic national network (generated, seed ${seed})`,
        publisher: 'Stakeholder Atlas synthetic generator',
        kind: 'other',
        date: '2026',
        dateEstimated: false,
        dateNote: `Generated at size ${size}, not observed: every body, person, programme and fact citing it is fictional.`,
      },
    ],
    entities,
    relationships,
  };
}

export interface SyntheticFile {
  name: string;
  content: { format: string } & Partial<Pick<SyntheticNetwork, 'sources' | 'entities' | 'relationships'>>;
}

/** The Atlas data files of a network: sources, bodies, people, programmes, relationships in chunks. */
export function syntheticFiles(network: SyntheticNetwork, chunk = 5000): SyntheticFile[] {
  const ofKind = (kind: EntityRecord['kind']) => network.entities.filter((entity) => entity.kind === kind);
  const chunks = Math.max(1, Math.ceil(network.relationships.length / chunk));
  const digits = Math.max(2, String(chunks).length);
  return [
    { name: 'sources.json', content: { format: ATLAS_FORMAT, sources: network.sources } },
    { name: 'bodies.json', content: { format: ATLAS_FORMAT, entities: ofKind('BODY') } },
    { name: 'people.json', content: { format: ATLAS_FORMAT, entities: ofKind('PERSON') } },
    { name: 'programmes.json', content: { format: ATLAS_FORMAT, entities: ofKind('PROGRAMME') } },
    ...Array.from({ length: chunks }, (_, index) => ({
      name: `relationships-${String(index + 1).padStart(digits, '0')}.json`,
      content: {
        format: ATLAS_FORMAT,
        relationships: network.relationships.slice(index * chunk, (index + 1) * chunk),
      },
    })),
  ];
}
