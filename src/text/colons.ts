/**
 * The colons of a text (wide ：and narrow :) in order. Each form keeps its own cursor, so
 * the text is searched once per form however many colons it holds.
 */
export class ColonWalk {
  private wide: number;
  private narrow: number;

  constructor(private readonly text: string) {
    this.wide = text.indexOf('：');
    this.narrow = text.indexOf(':');
  }

  /** the offset of the next colon, or -1 past the last */
  next(): number {
    const { wide, narrow } = this;
    if (wide < 0 && narrow < 0) return -1;
    if (narrow < 0 || (wide >= 0 && wide < narrow)) {
      this.wide = this.text.indexOf('：', wide + 1);
      return wide;
    }
    this.narrow = this.text.indexOf(':', narrow + 1);
    return narrow;
  }
}
