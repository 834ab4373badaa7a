/** Runs shorter than this never show a progress line. */
const quietForMs = 400;
const everyMs = 100;

/**
 * "checked 120/1000 postings" on one self-rewriting line of stderr, only on a terminal and only for long runs,
 * so logs and pipes never see it.
 */
export class ProgressLine {
  private readonly startedAt = Date.now();
  private shownAt = 0;
  private visible = false;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  private get enabled(): boolean {
    return this.total > 1 && this.stream.isTTY === true;
  }

  update(done: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.startedAt < quietForMs || now - this.shownAt < everyMs) return;
    this.shownAt = now;
    this.visible = true;
    this.stream.write(`\r\x1b[Kposting-lint: checked ${done}/${this.total} postings`);
  }

  /** Removes the line, before other output or at the end. */
  clear(): void {
    if (!this.visible) return;
    this.visible = false;
    this.stream.write('\r\x1b[K');
  }
}
