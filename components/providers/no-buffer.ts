/**
 * What a mention of Node's global Buffer means in the browser bundle (next.config.js): nothing.
 * devalue, the wire format, mentions Buffer for typed arrays, which Upright never sends, and
 * checks for it before use; without this the bundler added its 7 kB Buffer polyfill to every
 * page. No browser code of Upright uses Buffer.
 */
export const Buffer = undefined;
