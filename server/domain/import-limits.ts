/** Limits of one athlete import, shared by the parser and the client-safe input schema. */
export const MAX_IMPORT_ROWS = 1000;
/** Characters; a thousand athletes with long names fit comfortably. */
export const MAX_IMPORT_CHARS = 300_000;
