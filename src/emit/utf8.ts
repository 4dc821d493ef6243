/**
 * Text to UTF-8 bytes, for writing. TextEncoder rather than Buffer.from: on the ropes a run
 * builds by appending one record's JSON after another, it measured about twice as fast
 * (Buffer.from counts the bytes in one pass over the text and writes them in a second).
 */
const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}
