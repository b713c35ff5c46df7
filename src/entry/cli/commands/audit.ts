/**
 * `stanch audit verify [FILE]` and `stanch audit query [FILE]`: FILE defaults to the log the other
 * commands write ($STANCH_AUDIT_LOG or ~/.local/state/stanch/audit.jsonl).
 */
import type { Command } from 'commander';
import { auditQueryCommand, auditVerifyCommand } from '../../../audit/commands.js';
import { EXIT, StanchError } from '../../../model/errors.js';
import { defaultAuditLogPath } from '../store-options.js';

function logFile(file: string | undefined): string {
  const f = file ?? process.env.STANCH_AUDIT_LOG ?? defaultAuditLogPath(process.env);
  if (f === '' || f.toLowerCase() === 'off') throw new StanchError('no audit log: name the file (STANCH_AUDIT_LOG is off)', EXIT.USAGE);
  return f;
}

const collect = (v: string, prev: string[]): string[] => [...prev, ...v.split(',').filter(Boolean)];

export function register(program: Command): void {
  const audit = program.command('audit').description('check and search the hash-chained audit log');

  audit
    .command('verify')
    .description(`check the chain: exit 0 intact, ${EXIT.FINDINGS} edited/truncated/reordered`)
    .argument('[file]', 'audit log (default: $STANCH_AUDIT_LOG or ~/.local/state/stanch/audit.jsonl)')
    .option('--expect-count <n>', 'external anchor: the log must hold exactly N records')
    .option('--expect-last-hash <hash>', 'external anchor: the last record must have this hash')
    .action(async (file: string | undefined, flags: { expectCount?: string; expectLastHash?: string }) => {
      let expectCount: number | undefined;
      if (flags.expectCount !== undefined) {
        if (!/^\d+$/.test(flags.expectCount)) throw new StanchError(`--expect-count: expected a number, got "${flags.expectCount}"`, EXIT.USAGE);
        expectCount = Number(flags.expectCount);
      }
      const r = await auditVerifyCommand({
        file: logFile(file),
        hmacKey: process.env.STANCH_AUDIT_HMAC_KEY || undefined,
        expectCount,
        expectLastHash: flags.expectLastHash,
      });
      process.stdout.write(r.output);
      process.exitCode = r.exitCode;
    });

  audit
    .command('query')
    .description('print records matching all the filters given')
    .argument('[file]', 'audit log (default: $STANCH_AUDIT_LOG or ~/.local/state/stanch/audit.jsonl)')
    .option('--path <prefix>', 'URI or path prefix, or a glob with *')
    .option('--action <actions>', 'read, write, delete, list, inject, rotate (comma-separated, repeatable)', collect, [])
    .option('--actor <name>', 'exact actor')
    .option('--outcome <outcome>', 'ok, not-found, denied, integrity, error')
    .option('--since <time>', 'date, ISO time or duration back from now (24h, 7d)')
    .option('--until <time>', 'date, ISO time or duration back from now')
    .option('--limit <n>', 'only the last N matches')
    .option('--json', 'one JSON record per line')
    .action(async (file: string | undefined, flags: { path?: string; action: string[]; actor?: string; outcome?: string; since?: string; until?: string; limit?: string; json?: boolean }) => {
      let limit: number | undefined;
      if (flags.limit !== undefined) {
        if (!/^\d+$/.test(flags.limit)) throw new StanchError(`--limit: expected a number, got "${flags.limit}"`, EXIT.USAGE);
        limit = Number(flags.limit);
      }
      const r = await auditQueryCommand({
        file: logFile(file),
        path: flags.path,
        action: flags.action,
        actor: flags.actor,
        outcome: flags.outcome,
        since: flags.since,
        until: flags.until,
        limit,
        format: flags.json ? 'jsonl' : 'text',
      });
      process.stdout.write(r.output);
      process.exitCode = r.exitCode;
    });
}
