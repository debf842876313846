/**
 * How an erased person appears in the audit trail: their entries keep the old id, which no
 * longer leads to a name, shown as a short stable tag so entries of one person still group.
 */
export function pseudonymFor(id: string): string {
  return `Erased person ${id.replace(/-/g, "").slice(0, 8)}`;
}

export function displayName(id: string | null, name: string | null, unknown = "Unknown"): string {
  if (name) return name;
  return id ? pseudonymFor(id) : unknown;
}
