/**
 * The roles a person can hold.
 * Part of the product's closed vocabularies (vocab.ts re-exports it), in a module of its own so
 * a page's browser code loads only the lists it uses.
 */

export const ROLES = ["admin", "coach", "physio", "athlete"] as const;
export type Role = (typeof ROLES)[number];
