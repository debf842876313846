/**
 * What tRPC puts on the wire. Answers carry the values JSON lacks (Dates, undefined, Maps, Sets), so they go
 * as devalue; inputs are plain JSON, because no procedure takes a value JSON cannot carry (zod schemas of
 * strings, numbers, booleans, arrays and objects; dates travel as ISO days; transformer.test.ts checks every
 * procedure). That leaves the browser only
 * devalue's parser to download (components/providers/wire.ts), and the server only JSON to parse per input.
 *
 * devalue took over from superjson after a profile of the server under load: superjson's walk of a roster
 * page (11 kB of rows) took 730 µs, a fifth of the request's CPU; devalue writes the same page in 180 µs.
 */
import { stringify } from "devalue";
import { asIs, readAnswer } from "./read-answer";

export const transformer = {
  input: { serialize: asIs, deserialize: asIs },
  output: { serialize: (value: unknown): string => stringify(value), deserialize: readAnswer },
};
