// A progress line on standard error: a bar with counts and rate, redrawn in place on a terminal, and a
// plain line every few seconds when the output is a file or a pipe.
export class ProgressLine {
  private lastDraw = 0;
  private readonly started = Date.now();
  private phaseStarted = Date.now();
  private lastUpdate = Date.now();
  private phase = "";
  private readonly tty = Boolean(process.stderr.isTTY);

  update(phase: string, done: number, total: number | undefined, unit: string): void {
    if (phase !== this.phase) {
      if (this.phase && this.tty) process.stderr.write("\n");
      this.phase = phase;
      // A phase began when the one before it last reported, not when it first reports itself.
      this.phaseStarted = this.lastUpdate;
    }
    const now = Date.now();
    this.lastUpdate = now;
    const final = total !== undefined && done >= total;
    if (!final && now - this.lastDraw < (this.tty ? 100 : 5000)) return;
    this.lastDraw = now;
    const seconds = Math.max((now - this.phaseStarted) / 1000, 0.001);
    const rate = `${Math.round(done / seconds).toLocaleString("en")} ${unit}/s`;
    const count =
      total === undefined ? done.toLocaleString("en") : `${done.toLocaleString("en")}/${total.toLocaleString("en")}`;
    const bar = total
      ? `[${"#".repeat(Math.round((done / total) * 24)).padEnd(24, " ")}] ${Math.floor((done / total) * 100)}% `
      : "";
    const text = `${phase.padEnd(22)} ${bar}${count} ${unit} · ${rate}`;
    process.stderr.write(this.tty ? `\r${text}\u001b[K` : `${text}\n`);
  }

  done(message: string): void {
    if (this.tty && this.phase) process.stderr.write("\n");
    process.stderr.write(`${message} (${((Date.now() - this.started) / 1000).toFixed(1)} s)\n`);
  }
}
