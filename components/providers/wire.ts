/**
 * The browser's half of the wire format (server/api/transformer.ts): inputs go as plain JSON, answers are
 * read with devalue's parser. The browser never writes an answer, so devalue's writer stays out of every page.
 */
import { asIs, readAnswer } from "@/server/api/read-answer";

export const browserTransformer = {
  input: { serialize: asIs, deserialize: asIs },
  output: {
    serialize: (): never => {
      throw new Error("The browser reads answers; it never writes them.");
    },
    deserialize: readAnswer,
  },
};
