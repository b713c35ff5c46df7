/** Small helpers the CLI commands share: option parsers, atomic report writes, colour choice. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeFileAtomicSync } from '../../fs/atomic-write.js';
import { EXIT, StanchError } from '../../model/errors.js';
import { isSeverity, type Severity } from '../../model/severity.js';

export function parseSeverityOption(v: string): Severity {
  const s = v.toLowerCase();
  if (!isSeverity(s)) throw new StanchError(`--fail-on: expected critical, high, medium or low, got "${v}"`, EXIT.USAGE);
  return s;
}

export function parseConfidenceOption(v: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new StanchError(`--min-confidence: expected a number from 0 to 1, got "${v}"`, EXIT.USAGE);
  }
  return n;
}

export function parseExitCodeOption(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 255) throw new StanchError(`--exit-code: expected an integer 0..255, got "${v}"`, EXIT.USAGE);
  return n;
}

export function parseWorkersOption(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 64) throw new StanchError(`--workers: expected an integer 0..64, got "${v}"`, EXIT.USAGE);
  return n;
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** "500k", "10MB", "1g" or plain bytes. */
export function parseSizeOption(v: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(v);
  const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined) throw new StanchError(`--max-file-size: expected a size like 500k, 10MB or 1g, got "${v}"`, EXIT.USAGE);
  return Math.floor(Number(m[1]) * unit);
}

/** Writes a report or baseline atomically (src/fs/atomic-write.ts); `secret` files get mode 0600. */
export function writeFileAtomic(file: string, content: string, opts: { secret?: boolean } = {}): void {
  const abs = resolve(file);
  try {
    mkdirSync(dirname(abs), { recursive: true });
    writeFileAtomicSync(abs, content, opts.secret ? 0o600 : 0o644);
  } catch (e) {
    throw new StanchError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, EXIT.USAGE);
  }
}

/** Colour on a TTY unless NO_COLOR is set (https://no-color.org) or FORCE_COLOR asks for it. */
export function wantColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}
