/**
 * The `stanch audit verify` and `stanch audit query` commands as functions returning text and an exit
 * code; the CLI entry parses flags and prints. Exit codes: 0 the log verifies / query ran,
 * 1 verify found tampering (like findings), 2 bad flags.
 */
import { EXIT } from '../model/errors.js';
import { parseTimeFilter, queryAuditLog, type AuditFilter } from './query.js';
import type { AuditRecord } from './record.js';
import { verifyAuditLog, type VerifyOptions } from './verify.js';

export interface CommandResult {
  exitCode: number;
  output: string;
}

export async function auditVerifyCommand(opts: VerifyOptions): Promise<CommandResult> {
  const r = await verifyAuditLog(opts);
  const lines: string[] = [];
  if (r.ok) {
    lines.push(`audit log ${opts.file}: OK, ${r.records} records, chain intact${r.lastHash ? `, last hash ${r.lastHash}` : ''}`);
  } else {
    lines.push(`audit log ${opts.file}: FAILED, ${r.records} records read, ${r.problems.length} problem(s):`);
    for (const p of r.problems) lines.push(p.line > 0 ? `  line ${p.line}: ${p.reason}` : `  ${p.reason}`);
  }
  return { exitCode: r.ok ? EXIT.OK : EXIT.FINDINGS, output: `${lines.join('\n')}\n` };
}

export interface QueryCommandOptions {
  file: string;
  path?: string;
  action?: string[];
  actor?: string;
  outcome?: string;
  /** Text as typed: date, ISO time or duration (24h, 7d). */
  since?: string;
  until?: string;
  limit?: number;
  format?: 'text' | 'jsonl';
  now?: Date;
}

export async function auditQueryCommand(opts: QueryCommandOptions): Promise<CommandResult> {
  const now = opts.now ?? new Date();
  const filter: AuditFilter = {
    path: opts.path,
    action: opts.action && opts.action.length > 0 ? opts.action : undefined,
    actor: opts.actor,
    outcome: opts.outcome,
    since: opts.since ? parseTimeFilter(opts.since, now, 'since') : undefined,
    until: opts.until ? parseTimeFilter(opts.until, now, 'until') : undefined,
    limit: opts.limit,
  };
  const records = await queryAuditLog(opts.file, filter);
  const output = opts.format === 'jsonl' ? records.map((r) => JSON.stringify(r)).join('\n') : records.map(textLine).join('\n');
  return { exitCode: EXIT.OK, output: records.length ? `${output}\n` : '' };
}

function textLine(r: AuditRecord): string {
  return `${r.ts}  #${r.seq}  ${r.actor}  ${r.action}  ${r.outcome}  ${r.uri}${r.detail ? `  (${r.detail})` : ''}`;
}
