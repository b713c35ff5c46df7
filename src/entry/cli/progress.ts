/**
 * Progress on stderr for long scans (files, history): items, MB, rate and, when a
 * total is known, a bar with ETA. Only on a TTY and never under CI, where redraws
 * become log noise. `update` takes running totals, not increments.
 */
import cliProgress from 'cli-progress';

export interface ProgressOptions {
  label: string;
  /** Total items (files, commits…) if known; enables a bar and ETA. */
  totalItems?: number;
  /** Total bytes if known; preferred over totalItems for the bar. */
  totalBytes?: number;
  stream?: NodeJS.WriteStream;
  /** Force on/off; default: stream is a TTY and CI is not set. */
  enabled?: boolean;
}

export interface Progress {
  /** Running totals so far. */
  update(p: { items?: number; bytes?: number }): void;
  stop(): void;
}

const MB = 1024 * 1024;

export function createProgress(opts: ProgressOptions): Progress {
  const stream = opts.stream ?? process.stderr;
  const enabled = opts.enabled ?? (stream.isTTY === true && !process.env.CI);
  if (!enabled) return { update() {}, stop() {} };

  const byBytes = opts.totalBytes !== undefined && opts.totalBytes > 0;
  const total = byBytes ? opts.totalBytes! : (opts.totalItems ?? 0);
  const hasTotal = total > 0;
  const itemsOf = opts.totalItems ? `/${opts.totalItems}` : '';
  const format = hasTotal
    ? `${opts.label} [{bar}] {percentage}% | {items}${itemsOf} items | {mb} MB | {rate} MB/s | ETA {eta_formatted}`
    : `${opts.label} {items} items | {mb} MB | {rate} MB/s | {duration_formatted}`;
  const bar = new cliProgress.SingleBar(
    { format, stream, hideCursor: true, clearOnComplete: true, etaBuffer: 50, fps: 5, noTTYOutput: false },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let items = 0;
  let bytes = 0;
  const payload = () => {
    const secs = Math.max((Date.now() - started) / 1000, 0.001);
    return { items, mb: (bytes / MB).toFixed(1), rate: (bytes / MB / secs).toFixed(1) };
  };
  bar.start(hasTotal ? total : 1, 0, payload());
  let stopped = false;
  return {
    update(p) {
      if (stopped) return;
      if (p.items !== undefined) items = p.items;
      if (p.bytes !== undefined) bytes = p.bytes;
      const value = hasTotal ? Math.min(byBytes ? bytes : items, total) : 0;
      bar.update(value, payload());
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}
