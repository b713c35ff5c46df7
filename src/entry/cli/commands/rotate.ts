/**
 * `stanch rotate <uri>` rotates one secret now; `stanch rotate --due` rotates every managed secret
 * whose policy interval has passed; `--dry-run` prints the plan. Also the `--rotate-leaked` step of
 * `stanch history` (runScanWithLeakLoop), which reuses the scan runner's pieces.
 *
 * Exit codes: 0 done (or nothing due), 2 usage/config error (no policy, read-only env store),
 * 3 a rotation failed (store, generator, or a rollback that failed), 4 verify failed and was rolled back.
 * With --rotate-leaked the scan's own exit code applies when every rotation went through.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { readMappingFile } from '../../../inject/mapping.js';
import { injectEnvFile, withAccess } from './inject.js';
import { AuditLog } from '../../../audit/log.js';
import type { Source, SkipNotice } from '../../../model/contracts.js';
import { EXIT, StanchError } from '../../../model/errors.js';
import { createReporter } from '../../../reporters/index.js';
import { loadRotationConfig, type RotationConfig } from '../../../rotation/config.js';
import { runLeakLoop, type LeakLoopResult } from '../../../rotation/leak-loop.js';
import { managedUris } from '../../../rotation/managed.js';
import { renderLeakLoopText, renderRotationJson, renderRotationText } from '../../../rotation/report.js';
import { Rotator, messageOf, type RotationResult } from '../../../rotation/rotator.js';
import { parseStoreUri } from '../../../stores/uri.js';
import { parseExitCodeOption, parseSeverityOption, writeFileAtomic } from '../io.js';
import { DEFAULT_FAIL_ON, failingExitCode, prepareScan, runScan, type ScanCliOptions } from '../scan-runner.js';
import { addStoreFlags, buildStoreSettings, type StoreFlagValues } from '../store-options.js';
import { TOOL_VERSION } from '../version.js';

interface RotateCliOptions extends StoreFlagValues {
  due?: boolean;
  dryRun?: boolean;
  config?: string;
  format: string;
}

export function register(program: Command): void {
  const cmd = program
    .command('rotate [uri]')
    .description('rotate a managed secret now (vault:// KV v2, sops://), or every one that is due (--due)')
    .option('--due', 'rotate every managed secret whose policy interval has passed')
    .option('--dry-run', 'show the plan; read no value, write nothing')
    .option('-c, --config <file>', 'file with the [rotation] section', '.stanch.toml')
    .option('-f, --format <format>', 'text|json', 'text');
  addStoreFlags(cmd).action(async (uri: string | undefined, opts: RotateCliOptions) => {
    const { code, output } = await runRotate(uri, opts, process.cwd(), process.env);
    process.stdout.write(output);
    process.exitCode = code;
  });
}

function storeSettings(opts: StoreFlagValues, cwd: string, env: Record<string, string | undefined>) {
  const auditLog = opts.auditLog === false ? false : typeof opts.auditLog === 'string' ? opts.auditLog : undefined;
  const settings = buildStoreSettings(env, { auditLog, vaultAddr: opts.vaultAddr, cwd });
  return { stores: settings.stores, audit: settings.audit ? new AuditLog(settings.audit.log) : undefined, actor: settings.audit?.actor ?? 'unknown' };
}

export async function runRotate(
  uri: string | undefined,
  opts: RotateCliOptions,
  cwd: string,
  env: Record<string, string | undefined>,
): Promise<{ code: number; output: string }> {
  if (opts.format !== 'text' && opts.format !== 'json') throw new StanchError(`--format: expected text or json, got "${opts.format}"`, EXIT.USAGE);
  if (!uri && !opts.due) throw new StanchError('rotate: name a secret URI (stanch rotate vault://secret/app#key) or pass --due', EXIT.USAGE);
  if (uri && opts.due) throw new StanchError('rotate: give a URI or --due, not both', EXIT.USAGE);
  const config = loadRotationConfig(resolve(cwd, opts.config ?? '.stanch.toml'));
  const { stores, audit, actor } = storeSettings(opts, cwd, env);
  const rotator = new Rotator({ config, stores, audit, actor, baseEnv: env });
  const results: RotationResult[] = [];
  try {
    if (uri) {
      parseStoreUri(uri);
      // Usage problems (no policy, read-only store, KV v1) stop here with exit code 2.
      rotator.policy(uri);
      await rotator.backend(uri);
      results.push(opts.dryRun ? await rotator.plan({ uri, reason: 'manual' }, 'dry run: would rotate now') : await rotator.rotate({ uri, reason: 'manual' }));
    } else {
      const managed = await managedUris(config, (s) => rotator.store(s));
      for (const p of managed.problems) results.push({ uri: p.uri, status: 'failed', reason: 'schedule', message: `cannot list: ${p.message}` });
      for (const u of managed.uris) results.push(await rotateIfDue(rotator, u, opts.dryRun === true));
    }
  } finally {
    await rotator.close();
  }
  const output = opts.format === 'json' ? renderRotationJson(results) : renderRotationText(results);
  return { code: exitCodeFor(results), output };
}

async function rotateIfDue(rotator: Rotator, uri: string, dryRun: boolean): Promise<RotationResult> {
  try {
    const due = await rotator.due(uri);
    if (!due.due) return { uri, status: 'not-due', reason: 'schedule', due };
    const r = dryRun ? await rotator.plan({ uri, reason: 'schedule' }, 'dry run: due, would rotate now') : await rotator.rotate({ uri, reason: 'schedule' });
    return { ...r, due };
  } catch (err) {
    return { uri, status: 'failed', reason: 'schedule', message: messageOf(err) };
  }
}

export function exitCodeFor(results: readonly RotationResult[]): number {
  if (results.some((r) => r.status === 'failed')) return EXIT.STORE;
  if (results.some((r) => r.status === 'rolled-back')) return EXIT.ROLLBACK;
  return EXIT.OK;
}

// ---- `stanch history --rotate-leaked` ----

export interface RotateLeakedCliOptions extends StoreFlagValues {
  rotateLeaked?: boolean;
  rotationConfig?: string;
  rotateDryRun?: boolean;
  refreshMap?: string;
  refreshOutput?: string;
}

/** Adds the leak→rotate flags to a scanning command (used by history). */
export function addRotateLeakedOptions(cmd: Command): Command {
  cmd
    .option('--rotate-leaked', 'match findings against managed secrets; rotate those whose policy has autoRotateOnLeak = true')
    .option('--rotation-config <file>', 'file with the [rotation] section (default: .stanch.toml in the repository)')
    .option('--rotate-dry-run', 'with --rotate-leaked: match and plan, change nothing')
    .option('--refresh-map <file>', 'after a rotation, rewrite the env file of this mapping (as stanch inject --map) with the new values')
    .option('--refresh-output <file>', 'the env file --refresh-map rewrites (default .env)');
  return addStoreFlags(cmd);
}

/**
 * The scan runner's steps with the leak loop between scanning and reporting, so the report shows
 * which findings are managed secrets and whether they were rotated. The loop's own lines go to stderr.
 */
export async function runScanWithLeakLoop(args: {
  source: Source;
  opts: ScanCliOptions & RotateLeakedCliOptions;
  configDir: string;
  cwd: string;
  skips?: SkipNotice[];
  label?: string;
  env?: Record<string, string | undefined>;
}): Promise<number> {
  const { opts, cwd } = args;
  const env = args.env ?? process.env;
  const exitCode = parseExitCodeOption(opts.exitCode);
  const failOn = parseSeverityOption(opts.failOn ?? DEFAULT_FAIL_ON);
  const prepared = prepareScan(opts, args.configDir, cwd);
  const rotationConfig: RotationConfig = loadRotationConfig(resolve(opts.rotationConfig ? cwd : args.configDir, opts.rotationConfig ?? '.stanch.toml'));
  if (rotationConfig.managed.length === 0 && rotationConfig.policies.length === 0) {
    throw new StanchError(`--rotate-leaked: ${rotationConfig.file} has no [rotation] section (managed URIs and [[rotation.policies]]); see docs/rotation.md`, EXIT.USAGE);
  }
  const result = await runScan(args.source, prepared, { quiet: opts.quiet, progress: opts.progress, label: args.label });
  const { stores, audit, actor } = storeSettings(opts, cwd, env);
  const rotated = new Set<string>();
  const loop: LeakLoopResult = await runLeakLoop({
    onRotated: (uri) => {
      rotated.add(uri);
    },
    findings: result.findings,
    config: rotationConfig,
    stores,
    audit,
    actor,
    baseEnv: env,
    rotate: true,
    dryRun: opts.rotateDryRun === true,
  });
  const reporter = createReporter(opts.format, { color: false });
  const report = reporter.render(result.findings, { toolVersion: TOOL_VERSION, showSecrets: opts.showSecrets === true, rules: prepared.config.rules, root: cwd });
  if (opts.report !== undefined) writeFileAtomic(resolve(cwd, opts.report), report, { secret: opts.showSecrets === true });
  else process.stdout.write(report);
  const text = renderLeakLoopText(loop);
  // The rotation outcome is shown even with --quiet: it changed stores.
  if (text) process.stderr.write(`${text.trimEnd().replace(/^/gm, 'stanch: ')}\n`);
  if (opts.refreshMap !== undefined && rotated.size > 0) await refreshInjected(opts, cwd, rotated);
  const rotationCode = exitCodeFor(loop.results);
  return rotationCode !== EXIT.OK ? rotationCode : failingExitCode(result.findings, { failOn, exitCode });
}

/** Rewrites an injected env file when one of its secrets was just rotated, so the app gets the new value. */
async function refreshInjected(opts: RotateLeakedCliOptions, cwd: string, rotated: ReadonlySet<string>): Promise<void> {
  const map = resolve(cwd, opts.refreshMap!);
  const entries = await readMappingFile(map);
  if (!entries.some((e) => rotated.has(e.ref.uri))) return;
  await withAccess(opts, (access) => injectEnvFile(access, map, entries, resolve(cwd, opts.refreshOutput ?? '.env'), 'dotenv'));
}
