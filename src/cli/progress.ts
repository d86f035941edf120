/**
 * Ingestion progress on stderr: a live bar with counts and rate on a terminal, plain lines (every
 * few seconds) otherwise. Messages written while the bar runs do not garble it.
 */
import cliProgress from 'cli-progress';

export interface Counts {
  read: number;
  stored: number;
  unchanged: number;
  failed: number;
}

const PLAIN_EVERY_MS = 5000;

export class Progress {
  private readonly bar: cliProgress.SingleBar | null;
  private readonly started = Date.now();
  private lastLine = Date.now();
  private total = 0;

  /** `stored` names what a success is ('stored', 're-analysed'); `unchanged` false leaves that count out. */
  constructor(private readonly label: string, private readonly words = { stored: 'stored', unchanged: true },
    private readonly stream: NodeJS.WriteStream = process.stderr) {
    const unchanged = words.unchanged ? ', {unchanged} unchanged' : '';
    this.bar = stream.isTTY ? new cliProgress.SingleBar({
      stream,
      format: `${label} {bar} {value}/{total} | {stored} ${words.stored}${unchanged}, {failed} failed | {rate}/s | {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
      fps: 5,
    }, cliProgress.Presets.shades_classic) : null;
  }

  start(total: number): void {
    this.total = total;
    this.bar?.start(Math.max(total, 1), 0, { stored: 0, unchanged: 0, failed: 0, rate: '0.0' });
  }

  private rate(done: number): string {
    return (done / Math.max((Date.now() - this.started) / 1000, 0.001)).toFixed(1);
  }

  update(c: Counts): void {
    if (this.bar) {
      if (c.read > this.total) { this.total = c.read; this.bar.setTotal(this.total); }
      this.bar.update(c.read, { ...c, rate: this.rate(c.read) });
    } else if (Date.now() - this.lastLine >= PLAIN_EVERY_MS) {
      this.lastLine = Date.now();
      this.stream.write(`${this.label}: ${this.line(c)}\n`);
    }
  }

  /** Writes a message line without breaking the bar. */
  message(text: string): void {
    if (this.bar) this.stream.write('\r\x1b[K');
    this.stream.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  line(c: Counts): string {
    const unchanged = this.words.unchanged ? `, ${c.unchanged} unchanged` : '';
    return `${c.read} read, ${c.stored} ${this.words.stored}${unchanged}, ${c.failed} failed (${this.rate(c.read)} articles/s)`;
  }

  stop(c: Counts): void {
    if (this.bar) { this.bar.update(c.read, { ...c, rate: this.rate(c.read) }); this.bar.stop(); }
    this.stream.write(`${this.label}: ${this.line(c)} in ${((Date.now() - this.started) / 1000).toFixed(1)} s\n`);
  }
}
