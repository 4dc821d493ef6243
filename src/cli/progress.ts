/** A one-line progress report on stderr, only on a terminal and never in --quiet runs. */
export class Progress {
  private done_ = 0;
  private bytes = 0;
  private readonly started = Date.now();
  private readonly active: boolean;
  private last = 0;

  constructor(
    private readonly total: number,
    enabled: boolean,
  ) {
    this.active = enabled && !!process.stderr.isTTY && total > 1;
  }

  tick(bytes: number): void {
    this.done_++;
    this.bytes += bytes;
    if (!this.active) return;
    const now = Date.now();
    if (now - this.last < 100 && this.done_ < this.total) return;
    this.last = now;
    const secs = Math.max(0.001, (now - this.started) / 1000);
    const mbs = this.bytes / 1048576 / secs;
    process.stderr.write(`\r${this.done_}/${this.total} files, ${mbs.toFixed(1)} MB/s `);
  }

  done(): void {
    if (this.active) process.stderr.write('\r\x1b[K');
  }
}
