/**
 * The councils of the synthetic national network (national.ts): regions with their councils'
 * associations and officers' groups, councils of every tier in them (districts within counties),
 * the counties reorganised into unitary councils in 2023, and the services neighbours share.
 */
import { COUNCIL_TIERS, type CouncilTier, type SyntheticSizeSpec } from './national-sizes.ts';
import {
  LAST_MONTH,
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
import { PLACE_ENDS, PLACE_STARTS } from './names.ts';
import type { BodyType } from '../vocabulary.ts';

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

export interface DrawnCouncils {
  regions: Region[];
  councils: Council[];
  /** The slugs of the bodies' names so far, so that no two bodies share one. */
  bodyNames: Set<string>;
  /** A place's name not drawn before. */
  drawPlace: () => string;
}

/**
 * Draws the regions and councils and adds them with their relationships; gives them, the body
 * names taken so far and the place names' drawer, which the national bodies go on using.
 */
export function drawCouncils(drawing: NationalDrawing, spec: SyntheticSizeSpec): DrawnCouncils {
  const drawn = placeCouncils(drawing, spec);
  const reorganised = reorganise(drawing, drawn.councils, drawn.bodyNames);
  addCouncils(drawing, drawn.regions, drawn.councils, reorganised);
  shareServices(drawing, drawn.councils);
  return drawn;
}

/** The regions and their groups, and councils in them, named after places drawn once each. */
function placeCouncils(drawing: NationalDrawing, spec: SyntheticSizeSpec): DrawnCouncils {
  const { random } = drawing;
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
  return { regions, councils, bodyNames, drawPlace };
}

/**
 * Reorganisation: a few districts were abolished in 2023 and their county became a unitary council
 * (added to councils); gives the counties reorganised.
 */
function reorganise(drawing: NationalDrawing, councils: Council[], bodyNames: Set<string>): Set<Council> {
  const { random } = drawing;
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
  return reorganised;
}

/** The regions' groups and the councils as records, with membership, two tiers' liaison and mergers. */
function addCouncils(
  drawing: NationalDrawing,
  regions: readonly Region[],
  councils: readonly Council[],
  reorganised: ReadonlySet<Council>,
): void {
  const { random, addBody, relate } = drawing;
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
}

/** Shared services between neighbours in a region, for a few years or still running. */
function shareServices(drawing: NationalDrawing, councils: readonly Council[]): void {
  const { random, relate } = drawing;
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
}
