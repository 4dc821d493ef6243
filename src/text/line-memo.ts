/**
 * Per-line state for one file's finders. Walking up from many starting lines, a finder asks
 * the same line the same question again and again; these keep what was learnt, indexed by
 * 1-based line number. Per-run state: make them per file, never share them between files.
 */

/** One question's answer for each line, computed on the first ask and kept. */
export class LineMemo<T> {
  /** filled with `undefined` (not asked yet) up front: a packed array, written in any order */
  private readonly kept: Array<T | undefined>;

  /** `ask` must never answer `undefined`, which means "not asked yet" */
  constructor(
    lineCount: number,
    private readonly ask: (no: number) => T,
  ) {
    this.kept = new Array<T | undefined>(lineCount + 1).fill(undefined);
  }

  /** the answer for line `no` */
  of(no: number): T {
    let v = this.kept[no];
    if (v === undefined) v = this.kept[no] = this.ask(no);
    return v;
  }
}

/** Lines marked in ranges, asked of one line at a time. */
export class LineMarks {
  private readonly marked: boolean[];

  constructor(lineCount: number) {
    this.marked = new Array<boolean>(lineCount + 2).fill(false);
  }

  /** mark lines `first`..`last` inclusive */
  mark(first: number, last: number): void {
    for (let no = first; no <= last; no++) this.marked[no] = true;
  }

  has(no: number): boolean {
    return this.marked[no] === true;
  }
}
