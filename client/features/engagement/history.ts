/** A register row's assessments in the shape of core/engagement-history.ts (stances in its lower case). */
import type { Dated } from '../../../core/engagement-history.ts';
import type { Stance } from '../../../core/engagement.ts';
import type { Profile } from './register.ts';

export function historyOf(profile: Pick<Profile, 'history'>): Dated[] {
  return profile.history.map((assessment) => ({
    date: assessment.date,
    recordedAt: assessment.recordedAt,
    stance: assessment.stance ? (assessment.stance.toLowerCase() as Stance) : null,
    power: assessment.power,
    interest: assessment.interest,
  }));
}
