/**
 * Engagement planning: profiles (the stakeholder register), interactions (the engagement log) and
 * contact details, as validated records. Shared by the API and the client.
 */
import { z } from 'zod';
import { noContactDetails, partialDate } from './records.ts';

export const STANCES = ['champion', 'supporter', 'neutral', 'sceptic', 'opponent'] as const;
export type Stance = (typeof STANCES)[number];

export const INTERACTION_KINDS = ['meeting', 'call', 'email', 'event'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const QUADRANTS = ['MANAGE_CLOSELY', 'KEEP_SATISFIED', 'KEEP_INFORMED', 'MONITOR'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** Mendelow's power/interest grid: scores of 4 or 5 are high. */
export function quadrantOf(power: number, interest: number): Quadrant {
  const high = (score: number) => score >= 4;
  if (high(power)) return high(interest) ? 'MANAGE_CLOSELY' : 'KEEP_SATISFIED';
  return high(interest) ? 'KEEP_INFORMED' : 'MONITOR';
}

const score = (name: string) =>
  z
    .number({ message: `${name} must be a whole number from 1 to 5` })
    .int(`${name} must be a whole number from 1 to 5`)
    .min(1, `${name} must be a whole number from 1 to 5`)
    .max(5, `${name} must be a whole number from 1 to 5`);

export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .pipe(partialDate);
// Contact details belong in a person's contact fields, which only editors and admins see.
export const note = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(2_000, 'must be at most 2,000 characters')
  .refine(noContactDetails, 'must not contain an e-mail address or telephone number (use the contact fields)');

export const profileSchema = z.strictObject({
  owner: z.string().trim().min(1, 'must not be empty').max(200).optional(),
  power: score('power').optional(),
  interest: score('interest').optional(),
  stance: z.enum(STANCES, { message: `must be one of ${STANCES.join(', ')}` }).optional(),
  objectives: note.optional(),
  topics: z.array(z.string().trim().min(1, 'must not be empty').max(100)).max(30).default([]),
  nextAction: note.optional(),
  nextActionDue: day.optional(),
  cadenceDays: z
    .number({ message: 'must be a whole number of days from 1 to 366' })
    .int('must be a whole number of days from 1 to 366')
    .min(1, 'must be a whole number of days from 1 to 366')
    .max(366, 'must be a whole number of days from 1 to 366')
    .optional(),
});
export type Profile = z.output<typeof profileSchema>;

/** Something to do after an interaction: what, who (a user's id; the author when left out), by when. */
export const followUpSchema = z.strictObject({
  what: note,
  ownerId: z.string().trim().min(1, 'must not be empty').max(200).optional(),
  due: day,
});
export type FollowUpInput = z.output<typeof followUpSchema>;

export const interactionSchema = z.strictObject({
  kind: z.enum(INTERACTION_KINDS, { message: `must be one of ${INTERACTION_KINDS.join(', ')}` }),
  date: day,
  participants: z.array(z.string()).min(1, 'needs at least one participant').max(50),
  summary: note,
  outcome: note.optional(),
  followUps: z.array(followUpSchema).max(20, 'at most 20 follow-ups').default([]),
});
export type Interaction = z.output<typeof interactionSchema>;

export const contactSchema = z.strictObject({
  email: z.email('must be an e-mail address').max(200).optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9 ()-]{6,20}$/, 'must be a telephone number (digits, spaces, + ( ) -)')
    .optional(),
});
export type Contact = z.output<typeof contactSchema>;

/** How many months an interaction keeps strengthening the links between its participants. */
export const RECENT_MONTHS = 12;
