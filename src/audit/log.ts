/**
 * The append-only audit log: `<file>` holds the JSONL records, `<file>.head` the anchor
 * `{seq, hash}` of the last record (rewritten atomically after each append), `<file>.lock` serialises
 * writers across processes.
 *
 * What verify guarantees (see docs/sops.md "Audit log"):
 * - an edited, inserted, deleted or reordered record breaks the chain and is reported with its line;
 * - a truncated tail is caught by the head anchor (the head says N records, the log has fewer);
 * - someone who can rewrite both the log and the head can rebuild a consistent chain. Two defences:
 *   an HMAC key kept away from the log (then the chain cannot be recomputed without it), and an
 *   external anchor (count / last hash kept elsewhere, e.g. printed into CI logs) given to verify.
 */
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, stat, unlink } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { EXIT, StanchError } from '../model/errors.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import {
  cleanDetail,
  GENESIS,
  hashRecord,
  parseRecord,
  serializeRecord,
  type AuditEntry,
  type AuditRecord,
} from './record.js';

export interface AuditLogOptions {
  file: string;
  /** HMAC key for the chain. Keep it outside the machine that holds the log. */
  hmacKey?: string;
  now?: () => Date;
  /** How long to wait for another writer's lock. Default 10 s. */
  lockTimeoutMs?: number;
}

export interface Anchor {
  seq: number;
  hash: string;
}

export const headPath = (file: string) => `${file}.head`;
const lockPath = (file: string) => `${file}.lock`;
const STALE_LOCK_MS = 30_000;

/** Appends within one process queue up per file; the lock file then only arbitrates between processes. */
const queues = new Map<string, Promise<unknown>>();

export class AuditLog {
  constructor(private readonly opts: AuditLogOptions) {}

  /** Appends one record; refuses when the existing log does not match its head (so damage is not papered over). */
  append(entry: AuditEntry): Promise<AuditRecord> {
    const key = resolve(this.opts.file);
    const run = (queues.get(key) ?? Promise.resolve()).then(
      () => this.appendLocked(entry),
      () => this.appendLocked(entry),
    );
    const tail = run.catch(() => undefined);
    queues.set(key, tail);
    void tail.then(() => {
      if (queues.get(key) === tail) queues.delete(key);
    });
    return run;
  }

  private async appendLocked(entry: AuditEntry): Promise<AuditRecord> {
    const { file } = this.opts;
    await mkdir(dirname(file), { recursive: true, mode: 0o700 });
    const release = await this.lock();
    try {
      const last = await readLastRecord(file);
      const head = await readHead(file);
      if (head && (!last || last.seq !== head.seq || last.hash !== head.hash)) {
        throw new StanchError(`audit log ${file} does not match its head anchor (truncated or edited); run "stanch audit verify"`, EXIT.STORE);
      }
      if (!head && last) {
        throw new StanchError(`audit log ${file} has no head anchor (${headPath(file)} was removed); run "stanch audit verify"`, EXIT.STORE);
      }
      const base = {
        seq: (last?.seq ?? 0) + 1,
        ts: (this.opts.now ?? (() => new Date()))().toISOString(),
        actor: entry.actor,
        action: entry.action,
        uri: entry.uri,
        outcome: entry.outcome,
        ...(entry.detail !== undefined ? { detail: cleanDetail(entry.detail) } : {}),
        prev: last?.hash ?? GENESIS,
      };
      const record: AuditRecord = { ...base, hash: hashRecord(base, this.opts.hmacKey) };
      const fh = await open(file, 'a', 0o600);
      try {
        await fh.appendFile(`${serializeRecord(record)}\n`);
        await fh.sync();
      } finally {
        await fh.close();
      }
      await writeFileAtomic(headPath(file), `${JSON.stringify({ seq: record.seq, hash: record.hash })}\n`, 0o600);
      return record;
    } finally {
      await release();
    }
  }

  private async lock(): Promise<() => Promise<void>> {
    const path = lockPath(this.opts.file);
    const deadline = Date.now() + (this.opts.lockTimeoutMs ?? 10_000);
    for (let delay = 5; ; delay = Math.min(delay * 2, 50)) {
      try {
        const fh = await open(path, 'wx', 0o600);
        await fh.writeFile(String(process.pid));
        await fh.close();
        return () => unlink(path).catch(() => undefined);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const age = await stat(path).then((s) => Date.now() - s.mtimeMs, () => 0);
        if (age > STALE_LOCK_MS) {
          // A writer died holding the lock; the head check above still guards the chain.
          await unlink(path).catch(() => undefined);
          continue;
        }
        if (Date.now() > deadline) throw new StanchError(`audit log ${this.opts.file} is locked by another writer (${path})`, EXIT.STORE);
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }
}

export async function readHead(file: string): Promise<Anchor | undefined> {
  let text: string;
  try {
    text = await readFile(headPath(file), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  try {
    const v = JSON.parse(text) as Anchor;
    if (Number.isSafeInteger(v.seq) && typeof v.hash === 'string') return v;
  } catch {
    // fall through
  }
  throw new StanchError(`${headPath(file)}: not a valid audit head anchor`, EXIT.STORE);
}

/** The last complete record, read from the end of the file (logs grow; we do not read them whole). */
async function readLastRecord(file: string): Promise<AuditRecord | undefined> {
  let fh;
  try {
    fh = await open(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  try {
    const { size } = await fh.stat();
    if (size === 0) return undefined;
    let chunk = 4096;
    for (;;) {
      const start = Math.max(0, size - chunk);
      const buf = Buffer.alloc(size - start);
      await fh.read(buf, 0, buf.length, start);
      const text = buf.toString('utf8');
      if (!text.endsWith('\n')) {
        throw new StanchError(`audit log ${file} ends with a partial line; run "stanch audit verify"`, EXIT.STORE);
      }
      const body = text.slice(0, -1);
      const nl = body.lastIndexOf('\n');
      if (nl >= 0 || start === 0) {
        const rec = parseRecord(body.slice(nl + 1));
        if (typeof rec === 'string') throw new StanchError(`audit log ${file}: last line is damaged (${rec}); run "stanch audit verify"`, EXIT.STORE);
        return rec;
      }
      chunk *= 4;
    }
  } finally {
    await fh.close();
  }
}

/** Streams the records of a log with their line numbers (a missing file yields nothing). */
export async function* readLines(file: string): AsyncGenerator<{ line: number; text: string }> {
  try {
    await stat(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of rl) {
    line++;
    yield { line, text };
  }
}

export async function appendAudit(opts: AuditLogOptions, entry: AuditEntry): Promise<AuditRecord> {
  return new AuditLog(opts).append(entry);
}
