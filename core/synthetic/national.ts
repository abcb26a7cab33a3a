/**
 * A synthetic national network of UK local public services, drawn from a seed number: the same seed
 * and size give the same records, byte for byte. Shaped like the real thing: councils in tiers
 * (county, district, unitary, metropolitan, London borough) within regions, each with a chief
 * executive, a leader, a CIO or CDO and other posts held in turn by people who move between roles
 * from 2005 to 2026; national bodies and associations, some with every council as a member;
 * regional networks; programmes run by councils, national bodies and regions. Every fact cites one
 * source that says it is synthetic, with a confidence and a date basis, as real facts do. The
 * stages draw from one seeded sequence in turn (national-drawing.ts): councils, national bodies,
 * people, programmes, each in its own module; the sizes are national-sizes.ts.
 *
 * The records are Atlas data file records (core/records.ts); `syntheticFiles` splits them into the
 * files `npm run synthetic` writes and the import pipeline loads. Distinct from ./../graph/synthetic.ts,
 * which draws bare links of an exact node count for the client's drawing benchmark.
 */
import { ATLAS_FORMAT } from '../import/atlas-file.ts';
import type { EntityRecord, RelationshipRecord, SourceRecord } from '../records.ts';
import { drawNationalBodies } from './national-bodies.ts';
import { drawCouncils } from './national-councils.ts';
import { createDrawing } from './national-drawing.ts';
import { drawPeople } from './national-people.ts';
import { drawProgrammes } from './national-programmes.ts';
import { SYNTHETIC_SIZES, type SyntheticSize, type SyntheticSizeSpec } from './national-sizes.ts';

export interface SyntheticNetwork {
  seed: number;
  size: SyntheticSize;
  sources: SourceRecord[];
  entities: EntityRecord[];
  relationships: RelationshipRecord[];
}

export const syntheticSourceId = (seed: number) => `source:synthetic-national-seed-${seed}`;

/** Draws the network for a size and a seed; pure and deterministic. */
export function generateNational(size: SyntheticSize, seed: number): SyntheticNetwork {
  const spec: SyntheticSizeSpec = SYNTHETIC_SIZES[size];
  const source = syntheticSourceId(seed);
  const drawing = createDrawing(seed, source);
  const { entities, relationships } = drawing;
  const councils = drawCouncils(drawing, spec);
  const national = drawNationalBodies(drawing, spec, councils);
  const postsOf = drawPeople(drawing, spec, councils, national);
  drawProgrammes(drawing, spec, { ...councils, ...national, postsOf });

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
