import { describe, expect, it } from 'vitest';
import { planOrder } from './plan.ts';

describe('plan order', () => {
  it('puts the soonest next action first and undated actions last, by name', () => {
    const rows = [
      { entity: { name: 'Zed' }, nextActionDue: null },
      { entity: { name: 'Beta' }, nextActionDue: '2025-03-01' },
      { entity: { name: 'Alpha' }, nextActionDue: null },
      { entity: { name: 'Gamma' }, nextActionDue: '2024-12-31' },
    ];
    expect(planOrder(rows).map((row) => row.entity.name)).toEqual(['Gamma', 'Beta', 'Alpha', 'Zed']);
  });
});
