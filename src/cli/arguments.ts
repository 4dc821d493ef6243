import { InvalidArgumentError } from 'commander';

/**
 * Commander argument parsers: a bad option value is refused where it is parsed, with one
 * line naming the option (commander adds it), and the command receives a number.
 */
function wholeNumber(min: number, says: string): (value: string) => number {
  return (value) => {
    const n = /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(says);
    return n;
  };
}

/** --depth: 0 or more */
export const nonNegativeInteger = wholeNumber(0, 'It takes a whole number of 0 or more.');
/** --jobs: 1 or more */
export const positiveInteger = wholeNumber(1, 'It takes a whole number of 1 or more.');
/** --max-warnings: 0 or more, or -1 for no limit (as ESLint reads it) */
export const warningLimit = wholeNumber(-1, 'It takes a whole number of 0 or more, or -1 for no limit.');
