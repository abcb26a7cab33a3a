/**
 * The programmes of the synthetic national network (national.ts): programmes, projects, events,
 * standards and more, run by councils, national bodies, regions or government, with councils
 * taking part, digital leads as their owners, strategies they align with and events they were
 * presented at.
 */
import type { ProgrammeType } from '../vocabulary.ts';
import type { NationalBody } from './national-bodies.ts';
import {
  LAST_MONTH,
  monthText,
  period,
  slug,
  uniqueName,
  yearOf,
  type Body,
  type Council,
  type NationalDrawing,
  type Region,
} from './national-drawing.ts';
import { holderAt, type PostsOf } from './national-people.ts';
import type { SyntheticSizeSpec } from './national-sizes.ts';
import { TOPICS } from './names.ts';

const NOUNS: Record<ProgrammeType, string[]> = {
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

/** Who may run a programme, and what its posts are. */
interface Runners {
  regions: readonly Region[];
  councils: readonly Council[];
  nationalBodies: readonly NationalBody[];
  government: readonly NationalBody[];
  postsOf: PostsOf;
}

/** Programmes, run by councils, national bodies and regions, with councils taking part. */
export function drawProgrammes(drawing: NationalDrawing, spec: SyntheticSizeSpec, runners: Runners): void {
  const names = new Set<string>();
  const programmes: Programme[] = [];
  for (let index = 0; index < spec.programmes; index++) programmes.push(drawProgramme(drawing, runners, names));
  linkProgrammes(drawing, programmes, runners.nationalBodies);
}

/** One programme with who runs it, who takes part and its lead, added with its relationships. */
function drawProgramme(drawing: NationalDrawing, runners: Runners, names: Set<string>): Programme {
  const { random, relate, cite, entities } = drawing;
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
    type === 'strategy' && runners.government.length > 0
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
  const topic = random.pick(TOPICS);
  const { runner, prefix, participants } = chooseRunner(drawing, runners, runnerKind, fromMonth);
  const name = uniqueName(() => `${prefix} ${topic} ${random.pick(NOUNS[type])}${single ? ` ${year}` : ''}`, names);
  const programme: Programme = { id: `programme:${slug(name)}`, type, from: fromMonth, to };
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
  const lead = holderAt(runners.postsOf.get(runner)?.get('digital'), fromMonth);
  if (lead && (type === 'programme' || type === 'project')) {
    relate('TAKES_PART_IN', lead.person!.id, programme.id, { ...when(lead.end), role: 'Senior responsible owner' });
  }
  return programme;
}

/** Who runs a programme starting at fromMonth, the prefix of its name, and the councils taking part. */
function chooseRunner(
  drawing: NationalDrawing,
  { regions, councils, nationalBodies, government }: Runners,
  runnerKind: 'government' | 'council' | 'national' | 'region',
  fromMonth: number,
): { runner: Body; prefix: string; participants: Council[] } {
  const { random } = drawing;
  const live = (body: Body) =>
    (body.from === undefined || body.from <= fromMonth) && (body.to === undefined || body.to >= fromMonth);
  if (runnerKind === 'government') return { runner: random.pick(government), prefix: 'National', participants: [] };
  if (runnerKind === 'council') {
    const council = random.pick(councils.filter(live));
    const participants = random.sample(
      council.region.councils.filter((other) => other !== council && live(other)),
      random.int(0, 4),
    );
    return { runner: council, prefix: council.place, participants };
  }
  if (runnerKind === 'region') {
    const region = random.pick(regions);
    const runner = random.pick([region.association, region.cios, region.chiefExecutives]);
    return {
      runner,
      prefix: region.name,
      participants: random.sample(region.councils.filter(live), random.int(3, 12)),
    };
  }
  const runnerBodies = nationalBodies.filter((body) => body.type !== 'publication');
  const runner = random.pick(runnerBodies.filter(live).length > 0 ? runnerBodies.filter(live) : runnerBodies);
  const prefix = random.pick(['National', 'Local', 'Public Service']);
  return { runner, prefix, participants: random.sample(councils.filter(live), random.int(5, 40)) };
}

/** Programmes aligned with a strategy, presented at an event, endorsed by a national body. */
function linkProgrammes(
  drawing: NationalDrawing,
  programmes: readonly Programme[],
  nationalBodies: readonly NationalBody[],
): void {
  const { random, relate } = drawing;
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
}
