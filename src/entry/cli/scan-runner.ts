/**
 * What `stanch scan` does, as functions other commands reuse (history and staged
 * scans build their own Source and call runScanAndReport): load config, scan with
 * workers and progress, apply the baseline, write the report, pick the exit code.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { CONFIG_FILE_NAMES, loadConfig } from '../../config/load.js';
import { parseBaseline, type Baseline } from '../../baseline/baseline.js';
import type { Source, SkipNotice } from '../../model/contracts.js';
import type { Finding } from '../../model/finding.js';
import type { StanchConfig } from '../../model/rule.js';
import { EXIT, StanchError } from '../../model/errors.js';
import { type Severity } from '../../model/severity.js';
import { defaultScanThreads } from '../../pipeline/prestart.js';
import { scanSource, type ScanResult } from '../../pipeline/scan.js';
import { DEFAULT_FAIL_ON, failsCheck } from '../../pipeline/fail-policy.js';
import { createReporter, isReportFormat, REPORT_FORMATS, summaryLine } from '../../reporters/index.js';
import { cliContext } from './context.js';
import {
  parseConfidenceOption,
  parseExitCodeOption,
  parseSeverityOption,
  parseWorkersOption,
  wantColor,
  writeFileAtomic,
} from './io.js';
import { createProgress } from './progress.js';
import { TOOL_VERSION } from './version.js';

/** Options shared by every command that scans and reports. */
export interface ScanCliOptions {
  format: string;
  report?: string;
  config?: string;
  baseline?: string;
  minConfidence?: string;
  showSecrets?: boolean;
  exitCode: string;
  failOn?: string;
  quiet?: boolean;
  verbose?: boolean;
  workers?: string;
  progress: boolean;
}

export function addScanOptions(cmd: Command): Command {
  return cmd
    .option('-f, --format <format>', `report format: ${REPORT_FORMATS.join('|')}`, 'text')
    .option('-r, --report <file>', 'write the report to FILE (atomically) instead of stdout')
    .option('-c, --config <file>', 'config file (default: .stanch.toml, else .gitleaks.toml, in the scanned directory or cwd)')
    .option('-b, --baseline <file>', 'hide findings listed in this baseline file; report stale entries')
    .option('--min-confidence <n>', 'drop findings whose rule confidence is below N (0..1)')
    .option('--show-secrets', 'show raw secret values in the report (default: redacted)')
    .option('--exit-code <n>', 'exit code when findings fail the scan', String(EXIT.FINDINGS))
    .option('--fail-on <severity>', 'fail on findings at or above this severity: critical|high|medium|low (default: high, i.e. live high and critical secrets)')
    .option('--workers <n>', 'threads for large scans, this one included (0 or 1 = this thread alone; default: CPU count, max 4)')
    .option('--no-progress', 'no progress bar')
    .option('-v, --verbose', 'list every skipped file')
    .option('-q, --quiet', 'nothing on stderr but errors (the report is still written)');
}

/** Where config is looked up: a scanned directory that has one, else the cwd. */
export function configDirFor(paths: readonly string[], cwd: string): string {
  const first = paths[0];
  if (first && first !== '-') {
    const abs = resolve(cwd, first);
    try {
      if (statSync(abs).isDirectory() && CONFIG_FILE_NAMES.some((n) => existsSync(join(abs, n)))) return abs;
    } catch {
      // a missing path is reported by the source with its own message
    }
  }
  return cwd;
}

export interface PreparedScan {
  config: StanchConfig;
  minConfidence?: number;
  baseline?: Baseline;
  workers: number;
}

export function prepareScan(
  opts: Pick<ScanCliOptions, 'config' | 'baseline' | 'minConfidence' | 'workers'> & { format?: string },
  configDir: string,
  cwd: string,
): PreparedScan {
  if (opts.format !== undefined && !isReportFormat(opts.format)) {
    throw new StanchError(`--format: unknown format "${opts.format}" (expected one of: ${REPORT_FORMATS.join(', ')})`, EXIT.USAGE);
  }
  const { config } = loadConfig({ dir: configDir, configPath: opts.config ? resolve(cwd, opts.config) : undefined, displayBase: cwd });
  const prepared: PreparedScan = {
    config,
    workers: opts.workers !== undefined ? parseWorkersOption(opts.workers) : defaultScanThreads(),
  };
  if (opts.minConfidence !== undefined) prepared.minConfidence = parseConfidenceOption(opts.minConfidence);
  if (opts.baseline) prepared.baseline = readBaselineFile(resolve(cwd, opts.baseline), opts.baseline);
  return prepared;
}

export function readBaselineFile(abs: string, shown: string): Baseline {
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new StanchError(code === 'ENOENT' ? `baseline file not found: ${shown}` : `cannot read baseline ${shown}: ${code}`, EXIT.USAGE);
  }
  return parseBaseline(text, shown);
}

/** Runs the scan with a progress bar on stderr (TTY only). */
export async function runScan(
  source: Source,
  prepared: PreparedScan,
  opts: { quiet?: boolean; progress?: boolean; label?: string },
): Promise<ScanResult> {
  const progress = createProgress({ label: opts.label ?? 'scanning', enabled: opts.quiet || opts.progress === false ? false : undefined });
  try {
    return await scanSource({
      source,
      detectorOptions: { config: prepared.config, minConfidence: prepared.minConfidence },
      baseline: prepared.baseline,
      workers: prepared.workers,
      workerScript: cliContext.workerScript,
      onProgress: (p) => progress.update({ items: p.fragments, bytes: p.bytes }),
    });
  } finally {
    progress.stop();
  }
}

/** Full scan command: scan, write the report, print notices; returns the exit code. */
export async function runScanAndReport(args: {
  source: Source;
  opts: ScanCliOptions;
  configDir: string;
  cwd: string;
  skips?: SkipNotice[];
  label?: string;
}): Promise<number> {
  const { opts, cwd } = args;
  const exitCode = parseExitCodeOption(opts.exitCode);
  const failOn = parseSeverityOption(opts.failOn ?? DEFAULT_FAIL_ON);
  const prepared = prepareScan(opts, args.configDir, cwd);
  const started = Date.now();
  const result = await runScan(args.source, prepared, { quiet: opts.quiet, progress: opts.progress, label: args.label });
  const note = (s: string) => {
    if (!opts.quiet) process.stderr.write(s + '\n');
  };

  const toFile = opts.report !== undefined;
  const reporter = createReporter(opts.format, { color: !toFile && opts.format === 'text' && wantColor(process.stdout, process.env) });
  const report = reporter.render(result.findings, {
    toolVersion: TOOL_VERSION,
    showSecrets: opts.showSecrets === true,
    rules: prepared.config.rules,
    root: cwd,
  });
  if (toFile) {
    writeFileAtomic(resolve(cwd, opts.report!), report, { secret: opts.showSecrets === true });
  } else {
    process.stdout.write(report);
  }

  const skips = args.skips ?? [];
  if (skips.length > 0) {
    if (opts.verbose) for (const s of skips) note(`stanch: skipped ${s.path}: ${s.reason}`);
    else note(`stanch: skipped ${skips.length} file${skips.length === 1 ? '' : 's'} (${reasonCounts(skips)}); --verbose lists them`);
  }
  if (result.suppressed > 0) note(`stanch: ${result.suppressed} known finding${result.suppressed === 1 ? '' : 's'} hidden by the baseline`);
  if (result.stale.length > 0) {
    note(`stanch: baseline ${opts.baseline}: ${result.stale.length} stale entr${result.stale.length === 1 ? 'y' : 'ies'} (no longer found; remove them or re-run stanch baseline):`);
    for (const e of result.stale) note(`  ${e.path}  ${e.ruleId}  ${e.fingerprint}`);
  }
  if (opts.verbose && result.workersUsed > 0) note(`stanch: scanned with ${result.workersUsed} threads (this one and ${result.workersUsed - 1} worker${result.workersUsed === 2 ? '' : 's'})`);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const mb = (result.stats.bytes / (1024 * 1024)).toFixed(1);
  const files = `${result.stats.files} file${result.stats.files === 1 ? '' : 's'}`;
  if (toFile || opts.format !== 'text') {
    const found = result.findings.length === 0 ? 'no secrets found' : summaryLine(result.findings, new Set(result.findings.map((f) => f.path)).size);
    note(`stanch: ${found}; scanned ${files} (${mb} MB) in ${secs}s${toFile ? `; ${opts.format} report written to ${opts.report}` : ''}`);
  } else {
    note(`stanch: scanned ${files} (${mb} MB) in ${secs}s`);
  }
  return failingExitCode(result.findings, { failOn, exitCode });
}

export { DEFAULT_FAIL_ON };

/** Exit code: `exitCode` when the findings fail the check at `failOn` (src/pipeline/fail-policy.ts), else 0. */
export function failingExitCode(findings: readonly Finding[], opts: { failOn?: Severity; exitCode: number }): number {
  return failsCheck(findings, opts.failOn ?? 'low') ? opts.exitCode : EXIT.OK;
}

function reasonCounts(skips: readonly SkipNotice[]): string {
  const counts = new Map<string, number>();
  for (const s of skips) {
    const key = s.reason.replace(/\s*\(.*\)$/, '');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([r, n]) => `${n} ${r}`).join(', ');
}
