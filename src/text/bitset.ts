/**
 * Sets of small indices (column numbers) held as the bits of one number, so that asking
 * whether two sets meet is one `&`. A set holds indices below MAX_BITS only (bit 31 is the
 * sign of a 32-bit integer); a caller with a larger index keeps no set.
 */

/** how many indices a set can hold: 0 … 30 */
export const MAX_BITS = 31;

/** whether index i fits in a set */
export const fitsBits = (i: number): boolean => i < MAX_BITS;

/** the set with index i added (i must fit) */
export const setBit = (set: number, i: number): number => set | (1 << i);

/** whether two sets share an index */
export const sharesBit = (a: number, b: number): boolean => (a & b) !== 0;
