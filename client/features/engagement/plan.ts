/** The engagement plan's order: soonest next action first, undated after dated, then by name. */
export interface PlanRow {
  entity: { name: string };
  nextActionDue: string | null;
}

export function planOrder<T extends PlanRow>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => {
    if (a.nextActionDue && b.nextActionDue && a.nextActionDue !== b.nextActionDue)
      return a.nextActionDue.localeCompare(b.nextActionDue);
    if (a.nextActionDue && !b.nextActionDue) return -1;
    if (!a.nextActionDue && b.nextActionDue) return 1;
    return a.entity.name.localeCompare(b.entity.name);
  });
}
