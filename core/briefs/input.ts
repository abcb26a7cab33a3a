/**
 * A briefing pack as the user writes it: a meeting (title, day), the stakeholders met, who "we"
 * are for introduction routes, and our objectives and lines to take. Validated here for the API.
 */
import { z } from 'zod';
import { day } from '../engagement.ts';
import { entityId, noContactDetails } from '../records.ts';

/** The most stakeholders one brief covers: more would not fit a meeting's page. */
export const MAX_BRIEF_STAKEHOLDERS = 8;

const ourText = z
  .string()
  .trim()
  .max(5_000, 'must be at most 5,000 characters')
  .refine(noContactDetails, 'must not contain an e-mail address or telephone number (use the contact fields)');

export const briefInputSchema = z
  .strictObject({
    title: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    meetingDate: day,
    stakeholderIds: z
      .array(entityId)
      .min(1, 'must name at least one stakeholder')
      .max(MAX_BRIEF_STAKEHOLDERS, `must name at most ${MAX_BRIEF_STAKEHOLDERS} stakeholders`)
      .refine((ids) => new Set(ids).size === ids.length, 'must not name a stakeholder twice'),
    /** Our organisation or person: where introduction routes start. */
    fromId: entityId.optional(),
    objectives: ourText.default(''),
    linesToTake: ourText.default(''),
  })
  .refine((brief) => !brief.fromId || !brief.stakeholderIds.includes(brief.fromId), {
    message: 'must not be one of the stakeholders met (routes run from us to them)',
    path: ['fromId'],
  });

export type BriefInput = z.output<typeof briefInputSchema>;
