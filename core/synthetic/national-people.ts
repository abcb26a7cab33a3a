/**
 * The people of the synthetic national network (national.ts): the posts of councils and national
 * bodies, held in turn from 2005 to 2026 by people who move between posts on the same track (or
 * come new), the regional groups their holders chair in turns, and the associations' presidents.
 */
import type { NationalBody } from './national-bodies.ts';
import {
  FIRST_MONTH,
  LAST_MONTH,
  period,
  slug,
  type Body,
  type Council,
  type NationalDrawing,
  type Region,
} from './national-drawing.ts';
import type { SyntheticSizeSpec } from './national-sizes.ts';
import { FIRST_NAMES, LAST_NAMES } from './names.ts';

export type Track = 'executive' | 'political' | 'digital';
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

interface Person {
  id: string;
  track: Track;
}
export interface Tenure {
  post: Post;
  start: number;
  end?: number;
  title: string;
  person?: Person;
}
export interface Post {
  at: Body;
  key: string;
  track: Track;
  /** CHAIRS for a chair; HOLDS_ROLE_AT with the title as role otherwise. */
  chair: boolean;
  tenures: Tenure[];
}

/** The posts of every council, by council and post key. */
export type PostsOf = Map<Body, Map<string, Post>>;

/** Who held a post at a month, if anyone. */
export const holderAt = (post: Post | undefined, month: number) =>
  post?.tenures.find((tenure) => tenure.start <= month && (tenure.end === undefined || month <= tenure.end));

/**
 * Draws the posts and who held them, adds the people with their roles, the regional groups' chairs
 * and the associations' presidents; gives the posts of each council.
 */
export function drawPeople(
  drawing: NationalDrawing,
  spec: SyntheticSizeSpec,
  { regions, councils }: { regions: readonly Region[]; councils: readonly Council[] },
  national: { nationalBodies: readonly NationalBody[]; anchor: (index: number) => NationalBody | undefined },
): PostsOf {
  const { posts, postsOf } = createPosts(drawing, spec, councils, national.nationalBodies);
  assignHolders(drawing, posts);
  addRoles(drawing, posts, councils, national.anchor);
  addChairs(drawing, regions, councils, national.nationalBodies, postsOf);
  return postsOf;
}

/** Posts and who held them: each post's holders follow one another without overlap. */
function createPosts(
  drawing: NationalDrawing,
  spec: SyntheticSizeSpec,
  councils: readonly Council[],
  nationalBodies: readonly NationalBody[],
): { posts: Post[]; postsOf: PostsOf } {
  const { random } = drawing;
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
  return { posts, postsOf };
}

/** Each tenure goes to someone who has just left a post on the same track, or to someone new. */
function assignHolders(drawing: NationalDrawing, posts: readonly Post[]): void {
  const { random, cite, entities } = drawing;
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
}

/** Each holder's role, and membership of the region's group and the digital leaders' society. */
function addRoles(
  drawing: NationalDrawing,
  posts: readonly Post[],
  councils: readonly Council[],
  anchor: (index: number) => NationalBody | undefined,
): void {
  const { random, relate } = drawing;
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
}

function addChairs(
  drawing: NationalDrawing,
  regions: readonly Region[],
  councils: readonly Council[],
  nationalBodies: readonly NationalBody[],
  postsOf: PostsOf,
): void {
  const { random, relate } = drawing;
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
}
