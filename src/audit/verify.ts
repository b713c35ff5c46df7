/**
 * `stanch audit verify`: walks the chain and reports every break with its line. Also checks the
 * last record against the head anchor and, when given, an external anchor (count / last hash).
 */
import { readFile } from 'node:fs/promises';
import { readHead, readLines, type Anchor } from './log.js';
import { GENESIS, hashRecord, parseRecord } from './record.js';

export interface VerifyOptions {
  file: string;
  hmacKey?: string;
  /** An anchor kept somewhere else: the log must have exactly this many records… */
  expectCount?: number;
  /** …and/or end with this hash. */
  expectLastHash?: string;
  /** Stop collecting problems after this many. Default 20. */
  maxProblems?: number;
}

export interface VerifyProblem {
  /** 1-based line in the log; 0 for whole-file problems (head, anchors). */
  line: number;
  reason: string;
}

export interface VerifyResult {
  ok: boolean;
  records: number;
  lastHash?: string;
  head?: Anchor;
  problems: VerifyProblem[];
}

export async function verifyAuditLog(opts: VerifyOptions): Promise<VerifyResult> {
  const problems: VerifyProblem[] = [];
  const max = opts.maxProblems ?? 20;
  const report = (line: number, reason: string) => {
    if (problems.length < max) problems.push({ line, reason });
  };
  let prevHash = GENESIS;
  let expectedSeq = 1;
  let records = 0;
  let lastHash: string | undefined;
  for await (const { line, text } of readLines(opts.file)) {
    const rec = parseRecord(text);
    if (typeof rec === 'string') {
      report(line, rec);
      expectedSeq++;
      continue;
    }
    records++;
    if (rec.seq !== expectedSeq) {
      report(line, rec.seq < expectedSeq ? `seq ${rec.seq} repeats or goes back (expected ${expectedSeq}): records reordered or duplicated` : `seq ${rec.seq} skips ahead (expected ${expectedSeq}): records deleted`);
    }
    if (rec.prev !== prevHash) report(line, 'prev does not match the hash of the record before: a record was removed, inserted or reordered');
    const { hash, ...rest } = rec;
    if (hashRecord(rest, opts.hmacKey) !== hash) report(line, opts.hmacKey ? 'hash does not match the contents (edited, or wrong HMAC key)' : 'hash does not match the contents: the record was edited');
    prevHash = hash;
    lastHash = hash;
    expectedSeq = rec.seq + 1;
  }
  if (await endsWithPartialLine(opts.file)) report(records + 1, 'the last line is incomplete (interrupted write or truncation)');

  let head: Anchor | undefined;
  try {
    head = await readHead(opts.file);
  } catch (err) {
    report(0, (err as Error).message);
  }
  if (!head && records > 0) report(0, 'the head anchor file is missing: truncation of the tail cannot be ruled out');
  if (head) {
    const lastSeq = expectedSeq - 1;
    if (head.seq > lastSeq) report(0, `truncated: the head anchor says ${head.seq} records, the log ends at ${lastSeq}`);
    else if (head.seq !== lastSeq || head.hash !== lastHash) report(0, 'the last record does not match the head anchor');
  }
  if (opts.expectCount !== undefined && opts.expectCount !== records) {
    report(0, `expected ${opts.expectCount} records (external anchor), found ${records}`);
  }
  if (opts.expectLastHash !== undefined && opts.expectLastHash !== lastHash) {
    report(0, 'the last hash differs from the external anchor');
  }
  return { ok: problems.length === 0, records, lastHash, head, problems };
}

async function endsWithPartialLine(file: string): Promise<boolean> {
  try {
    const buf = await readFile(file);
    return buf.length > 0 && buf[buf.length - 1] !== 0x0a;
  } catch {
    return false;
  }
}
