/**
 * The sizes of the synthetic national network (national.ts): how many councils of each tier,
 * regions, national bodies, programmes and council posts each size draws.
 */
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
