import { parse } from "devalue";

/** Reads an answer off the wire; a body that is not a devalue string is a broken server or proxy, not data. */
export function readAnswer(text: unknown): unknown {
  if (typeof text !== "string") throw new TypeError("Expected a serialised value.");
  return parse(text);
}

/** Inputs travel as the JSON they already are. */
export const asIs = <T>(value: T): T => value;
