/** Records in id order, as Cypher's ORDER BY sorts strings (by UTF-16 code unit, as `<` does). */
export const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
