/**
 * Append every element of `from` to `into`. Not `into.push(...from)`: spreading passes
 * each element as an argument, and a file that yields a few hundred thousand records
 * overflows the call stack.
 */
export function appendAll<T>(into: T[], from: readonly T[]): T[] {
  for (let i = 0; i < from.length; i++) into.push(from[i]);
  return into;
}
