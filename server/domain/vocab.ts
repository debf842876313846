/**
 * The product's closed vocabularies. The database schema, the zod input schemas, the
 * domain rules and the UI all derive from these lists, so a value exists everywhere or nowhere.
 */

// By topic, in modules of their own so a page's browser code loads only the lists it uses
// (browser code imports those modules; server code may import them from here).
export * from "./role-vocab";
export * from "./exercise-vocab";
export * from "./pain-vocab";
export * from "./case-vocab";
