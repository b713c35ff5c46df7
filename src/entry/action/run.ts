/**
 * The Action, wired. Scan mode: inputs → event plan → history → scan → (rotation of leaked
 * managed secrets) → annotations, summary, reports, PR comment, outputs. Deploy mode: inputs →
 * stores → GITHUB_ENV / outputs (src/entry/action/deploy.ts). The whole run sits in one log group;
 * any error sets the `error` output and fails the step with one line (never a stack). Credentials
 * and values are masked before anything is printed.
 */
import * as core from '@actions/core';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readInputs, type ActionInputs } from './inputs.js';
import { actionStoreSettings } from './stores.js';
import { runDeploy } from './deploy.js';
import { rotateLeakedForAction, type ActionRotationResult } from './rotation.js';
import { loadRotationConfig } from '../../rotation/config.js';
import { AuditLog } from '../../audit/log.js';
import { parseMapping } from '../../inject/mapping.js';
import { readActionEnv, repoFromRemoteUrl, type ActionEnv } from './context.js';
import { planScan, type ScanPlan } from './events.js';
import { prepareAudit, prepareCommits } from './shallow.js';
import { GitHubApi, PR_COMMITS_API_LIMIT } from './github-api.js';
import { planAnnotations } from './annotations.js';
import { renderSummary, type SummaryContext } from './summary.js';
import { renderPrComment, renderResolvedComment, syncPrComment } from './pr-comment.js';
import { buildOutputs, shouldFail } from './outputs.js';
import { auditCachePrefix, createStateCache } from './state-cache.js';
import { readAcceptedFindings } from './baseline.js';
import type { Baseline } from '../../baseline/baseline.js';
import { fitSarif } from './sarif-limits.js';
import { bySeverity, countsText, valuesToMask } from './present.js';
import { StanchError } from '../../model/errors.js';
import type { Finding } from '../../model/finding.js';
import type { Source, Detector, ReportContext } from '../../model/contracts.js';
import { loadConfig } from '../../config/load.js';
import { createDetector } from '../../engine/detector.js';
import { scanSource } from '../../pipeline/scan.js';
import { exactCommitsCommands, PatchSource } from '../../sources/diff.js';
import { configGet, showToplevel } from '../../git/commands.js';
import { run as runGitCommand } from '../../git/runner.js';
import { createHistorySource } from '../../sources/history.js';
import { loadHistoryState, saveHistoryState } from '../../sources/history-state.js';
import { jsonReporter } from '../../reporters/json.js';
import { sarifReporter } from '../../reporters/sarif.js';

import { TOOL_VERSION as VERSION } from '../cli/version.js';

export interface ActionOutcome {
  findings: Finding[];
  failed: boolean;
  /** Set when rotate-leaked ran. */
  rotation?: ActionRotationResult;
}

/** core.setSecret, once per distinct value: the same value is often masked by several layers. */
const masked = new Set<string>();
function mask(secret: string): void {
  if (secret === '' || masked.has(secret)) return;
  masked.add(secret);
  core.setSecret(secret);
}

function errorText(e: unknown): string {
  if (e instanceof StanchError) return e.message;
  if (e instanceof Error) return `unexpected error: ${e.message}`;
  return `unexpected error: ${String(e)}`;
}

/** Entry point: never throws; the step's result is in its outputs and exit code. */
export async function run(): Promise<void> {
  let ending: { failed: boolean; line: string } | undefined;
  let failure: string | undefined;
  core.startGroup('stanch');
  try {
    // Credential inputs are masked inside readInputs, before any of them is parsed.
    const inputs = await readInputs(mask);
    if (inputs.mode === 'deploy') {
      const names = await runDeployMode(inputs, process.env);
      ending = { failed: false, line: `stanch: ${names.length} secret${names.length === 1 ? '' : 's'} deployed (${names.join(', ')})` };
    } else {
      ending = scanEnding(await runAction(inputs, readActionEnv()), inputs.failOn);
    }
  } catch (e) {
    failure = errorText(e);
  } finally {
    core.endGroup();
  }
  if (failure !== undefined) {
    core.setOutput('error', failure);
    core.setOutput('failed', 'true');
    core.setFailed(`stanch: ${failure}`);
    return;
  }
  if (ending!.failed) core.setFailed(ending!.line);
  else core.info(ending!.line);
}

/** The step's last line in scan mode: one line, whether it failed over findings or over a rotation. */
function scanEnding(outcome: ActionOutcome, failOn: string): { failed: boolean; line: string } {
  const rotation = outcome.rotation;
  const rotatedText = rotation && rotation.rotated.length > 0 ? `; ${rotation.rotated.length} leaked managed secret${rotation.rotated.length === 1 ? '' : 's'} rotated` : '';
  if (rotation?.failed) {
    const bad = rotation.plans.filter((p) => p.status === 'failed' || p.status === 'rolled-back').length;
    return { failed: true, line: `stanch: ${countsText(outcome.findings)}${rotatedText}; rotating ${bad} leaked managed secret${bad === 1 ? '' : 's'} failed or was rolled back: see the job summary` };
  }
  if (outcome.failed) {
    return { failed: true, line: `stanch: ${countsText(outcome.findings)}${rotatedText}; failing because fail-on is '${failOn}'. Values are redacted; see the annotations and the job summary.` };
  }
  return { failed: false, line: `stanch: ${outcome.findings.length === 0 ? 'no leaks found' : countsText(outcome.findings) + ` (below fail-on '${failOn}')`}${rotatedText}` };
}

/** Outputs the Action declares; a secret exported as a step output must not take one of these names. */
const RESERVED_OUTPUTS = new Set(['error', 'failed', 'findings', 'findings-critical', 'findings-high', 'findings-medium', 'findings-low', 'report', 'sarif', 'rotated']);

/** Deploy mode: read the mapped secrets and hand them to later steps. Returns the names deployed. */
export async function runDeployMode(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<string[]> {
  if (inputs.deploy.outputs) {
    const clash = parseMapping(inputs.deploy.secrets, "input 'secrets'").find((e) => RESERVED_OUTPUTS.has(e.name));
    if (clash) throw new StanchError(`input 'secrets': ${clash.name} is also an output of this Action; rename it (outputs: true sets one output per name)`);
  }
  const cwd = path.resolve(env.GITHUB_WORKSPACE || process.cwd(), inputs.workingDirectory);
  const settings = await actionStoreSettings(inputs.stores, env, { mask, getIdToken: (aud) => core.getIDToken(aud), cwd });
  const result = await runDeploy({
    mapping: inputs.deploy.secrets,
    stores: settings.stores,
    audit: settings.audit,
    githubEnvFile: env.GITHUB_ENV,
    exportEnv: inputs.deploy.exportEnv,
    outputs: inputs.deploy.outputs,
    mask,
    setOutput: (n, v) => core.setOutput(n, v),
    info: (l) => core.info(l),
  });
  core.setOutput('failed', 'false');
  return result.names;
}

/**
 * Rotation commands (generator, verify) come from the checked-out config: on a pull request from
 * a fork that is someone else's code, so only a plan is made there.
 */
function isForkPullRequest(payload: Record<string, any>): boolean {
  const pr = payload.pull_request;
  const head = pr?.head?.repo?.full_name;
  const base = pr?.base?.repo?.full_name;
  return typeof head === 'string' && typeof base === 'string' && head !== base;
}

/** After the scan: match findings against managed secrets and rotate (or plan); marks findings in place. */
async function rotateLeaked(findings: Finding[], inputs: ActionInputs, env: ActionEnv, cwd: string, configFile: string | undefined): Promise<ActionRotationResult | undefined> {
  const file = inputs.rotation.configPath ? path.resolve(cwd, inputs.rotation.configPath) : configFile;
  if (!file) throw new StanchError("rotate-leaked: no config file with a [rotation] section: add .stanch.toml to the repository or set the 'rotation-config' input");
  const rotationConfig = loadRotationConfig(file);
  if (rotationConfig.managed.length === 0 && rotationConfig.policies.length === 0) {
    throw new StanchError(`rotate-leaked: ${path.relative(cwd, file) || file} has no [rotation] section (managed URIs and [[rotation.policies]]); see docs/rotation.md`);
  }
  if (findings.length === 0) {
    core.info('rotation: no findings, nothing to match against managed secrets');
    return undefined;
  }
  let dryRun = inputs.rotation.rotateLeaked === 'dry-run';
  if (!dryRun && isForkPullRequest(env.payload)) {
    core.warning('stanch: rotate-leaked on a pull request from a fork: only planning (the rotation config comes from the fork)');
    dryRun = true;
  }
  const settings = await actionStoreSettings(inputs.stores, process.env, { mask, getIdToken: (aud) => core.getIDToken(aud), cwd });
  const result = await rotateLeakedForAction({
    findings,
    storeOptions: settings.stores,
    rotationConfig,
    audit: settings.audit ? new AuditLog(settings.audit.log) : undefined,
    actor: settings.actor,
    baseEnv: process.env,
    rotate: true,
    dryRun,
  });
  for (const m of result.matches) core.info(`rotation: managed secret leaked: ${m.uri} at ${m.path}:${m.startLine}${m.commit ? ` (commit ${m.commit.slice(0, 12)})` : ''}`);
  for (const r of [...result.rotated, ...result.plans]) {
    const versions = r.oldVersion || r.newVersion ? ` ${r.oldVersion ?? '?'} -> ${r.newVersion ?? '?'}` : '';
    core.info(`rotation: ${r.uri}: ${r.status}${versions}${r.message ? `: ${r.message}` : ''}`);
  }
  for (const p of result.problems) core.warning(`stanch: managed secret ${p.uri} could not be checked: ${p.message}`);
  return result;
}

/** Writes a file atomically (temp in the same directory, then rename); 0600 when it may hold values. */
function writeAtomic(file: string, text: string, mayHoldValues: boolean): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, { mode: mayHoldValues ? 0o600 : 0o644 });
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new StanchError(`cannot write ${file}: ${(e as Error).message}`);
  }
}

async function scanAll(source: Source, detector: Detector, baseline: Baseline | undefined): Promise<Finding[]> {
  const result = await scanSource({ source, detector, baseline });
  if (result.suppressed > 0) core.info(`baseline: ${result.suppressed} accepted finding(s) not reported`);
  return result.findings;
}

interface ScanResult {
  findings: Finding[];
  commitsScanned?: number;
  notes: string[];
}

async function scanPlan(
  plan: ScanPlan,
  inputs: ActionInputs,
  env: ActionEnv,
  cwd: string,
  scannedRepo: string,
  detector: Detector,
  baseline: Baseline | undefined,
  api: GitHubApi | undefined,
): Promise<ScanResult> {
  const log = (l: string) => core.info(l);
  if (plan.kind === 'nothing') {
    core.notice(`stanch: ${plan.reason}`);
    return { findings: [], commitsScanned: 0, notes: [plan.reason] };
  }
  if (plan.kind === 'commits') {
    const selection = await prepareCommits(plan, { cwd, log });
    const notes = [...selection.notes];
    if (plan.pullRequest && api) {
      // Cross-check with GitHub's own list (paginated; the endpoint stops at 250 commits, git does not).
      try {
        const listed = await api.listPullRequestCommits(plan.pullRequest.number);
        const have = new Set(selection.commits);
        const missing = listed.filter((sha) => !have.has(sha));
        log(`GitHub lists ${listed.length}${listed.length >= PR_COMMITS_API_LIMIT ? '+ (API limit)' : ''} commits for PR #${plan.pullRequest.number}; git selected ${selection.commits.length}`);
        if (missing.length > 0) {
          throw new StanchError(
            `${missing.length} commit(s) GitHub lists for PR #${plan.pullRequest.number} are not in the range git selected (first: ${missing[0].slice(0, 12)}); refusing to scan less than the PR: set fetch-depth: 0 on actions/checkout`,
          );
        }
      } catch (e) {
        if (e instanceof StanchError && e.message.includes('refusing')) throw e;
        notes.push(`could not cross-check the PR's commits with the GitHub API (${errorText(e)}); scanned the range git computed`);
      }
    }
    for (const n of notes) core.warning(`stanch: ${n}`);
    log(`scanning ${selection.commits.length} commit${selection.commits.length === 1 ? '' : 's'}: ${plan.label}`);
    const commits = selection.commits;
    const source = new PatchSource(async () => exactCommitsCommands(commits), {
      cwd,
      recordCommits: true,
    });
    const findings = await scanAll(source, detector, baseline);
    for (const s of source.notices()) core.debug(`not scanned: ${s.path}: ${s.reason}`);
    return { findings, commitsScanned: source.stats.commits, notes };
  }
  // Audit: every ref; incremental with a state file kept in the Actions cache.
  await prepareAudit({ cwd, log });
  const notes: string[] = [];
  const prefix = auditCachePrefix(scannedRepo, 'all-refs');
  const stateFile = path.join(env.runnerTemp, 'stanch', `${prefix}state.json`);
  const cache = await createStateCache({
    enabled: plan.incremental && inputs.auditCache,
    prefix,
    runKey: `${env.runId}-${env.runAttempt}`,
    log,
    warn: (l) => core.warning(`stanch: ${l}`),
  });
  const restored = plan.incremental ? await cache.restore(stateFile) : false;
  const seen = restored ? await loadHistoryState(stateFile) : new Set<string>();
  if (restored) log(`audit state: ${seen.size} commits already scanned by earlier audits are skipped`);
  const source = await createHistorySource({ cwd, all: true, skipCommits: seen });
  const findings = await scanAll(source, detector, baseline);
  const warning = source.shallowWarning();
  if (warning) notes.push(warning);
  if (plan.incremental) {
    await saveHistoryState(stateFile, [...seen, ...source.scannedCommits()]);
    await cache.save(stateFile);
  }
  log(`audit: scanned ${source.stats.commits} new commit${source.stats.commits === 1 ? '' : 's'}`);
  return { findings, commitsScanned: source.stats.commits, notes };
}

/** The whole Action for given inputs and environment; throws StanchError on bad input. */
export async function runAction(inputs: ActionInputs, env: ActionEnv): Promise<ActionOutcome> {
  const cwd = path.resolve(env.workspace, inputs.workingDirectory);
  await runGitCommand(showToplevel(), { cwd }).catch(() => {
    throw new StanchError(`no git repository at ${cwd}: add a step 'uses: actions/checkout@v4' before stanch (or set working-directory)`);
  });
  const plan = planScan({ eventName: env.eventName, payload: env.payload, sha: env.sha, ref: env.ref }, inputs.scan);
  core.info(`stanch ${VERSION}: event ${env.eventName}: ${plan.label}`);

  const { config, configFile } = loadConfig({ dir: cwd, configPath: inputs.configPath ? path.resolve(cwd, inputs.configPath) : undefined });
  const accepted = readAcceptedFindings(cwd, inputs.baselinePath);
  if (accepted.file) core.info(`baseline ${accepted.file}: ${accepted.baseline?.entries.length ?? accepted.fingerprints.length} accepted finding(s)`);
  config.ignoredFingerprints = [...new Set([...config.ignoredFingerprints, ...accepted.fingerprints])];
  const detector = await createDetector({ config });

  const [owner, repo] = env.repository.split('/');
  const api = inputs.token && owner && repo ? new GitHubApi({ baseUrl: env.apiUrl, token: inputs.token, owner, repo, userAgent: `stanch-action/${VERSION}` }) : undefined;

  // The repository scanned may not be the workflow's own (an organisation audit checks out others).
  const remoteUrl = await runGitCommand(configGet('remote.origin.url'), { cwd }).catch(() => null);
  const scannedRepo = (remoteUrl && repoFromRemoteUrl(remoteUrl, env.serverUrl)) || env.repository || remoteUrl || cwd;
  const result = await scanPlan(plan, inputs, env, cwd, scannedRepo, detector, accepted.baseline, api);
  const findings = bySeverity(result.findings);
  // Mask every value before anything that could echo one is printed.
  for (const v of valuesToMask(findings)) mask(v);
  // Before any report: the loop marks managed findings (`finding.managed`) that every view shows.
  const rotation = inputs.rotation.rotateLeaked !== 'off' ? await rotateLeaked(findings, inputs, env, cwd, configFile) : undefined;

  const ctx: ReportContext = { toolVersion: VERSION, showSecrets: !inputs.redact, rules: detector.rules, root: cwd };
  const reportPath = path.resolve(env.workspace, inputs.reportPath);
  writeAtomic(reportPath, jsonReporter.render(findings, ctx), !inputs.redact);
  let sarifPath: string | undefined;
  if (inputs.sarifPath) {
    sarifPath = path.resolve(env.workspace, inputs.sarifPath);
    const fit = fitSarif(findings.length, (n) => sarifReporter.render(findings.slice(0, n), ctx));
    if (fit.dropped > 0) core.warning(`stanch: SARIF keeps the ${findings.length - fit.dropped} most severe findings (GitHub code scanning limits); all are in ${reportPath}`);
    writeAtomic(sarifPath, fit.text, !inputs.redact);
  }

  const failed = shouldFail(findings, inputs.failOn) || rotation?.failed === true;
  const { annotations, notShown } = planAnnotations(findings, { reserveError: failed });
  for (const a of annotations) {
    const props = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine };
    if (a.level === 'error') core.error(a.message, props);
    else core.warning(a.message, props);
  }
  if (notShown > 0) core.info(`${notShown} finding(s) beyond GitHub's annotation limit: listed in the job summary`);

  const repoUrl = /^[^/\s]+\/[^/\s]+$/.test(scannedRepo) ? `${env.serverUrl.replace(/\/+$/, '')}/${scannedRepo}` : undefined;
  const runUrl = env.repository ? `${env.serverUrl.replace(/\/+$/, '')}/${env.repository}/actions/runs/${env.runId}` : undefined;
  const summaryCtx: SummaryContext = {
    scanned: plan.label,
    commitsScanned: result.commitsScanned,
    notes: result.notes,
    failed,
    failOn: inputs.failOn,
    repoUrl,
    sha: env.sha,
    reportPath: path.relative(env.workspace, reportPath) || reportPath,
    sarifPath: sarifPath && (path.relative(env.workspace, sarifPath) || sarifPath),
    rotationMarkdown: rotation?.markdown || undefined,
  };
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderSummary(findings, summaryCtx)).write();

  if (plan.kind === 'commits' && plan.pullRequest && inputs.prComment) {
    if (!api) core.warning('stanch: no token: the PR comment is skipped');
    else {
      try {
        const action = await syncPrComment(
          api,
          plan.pullRequest.number,
          findings.length > 0 ? renderPrComment(findings, { ...summaryCtx, runUrl }) : null,
          renderResolvedComment(plan.head),
        );
        core.info(`PR comment: ${action}`);
      } catch (e) {
        // A fork's pull_request token is read-only: say so, do not fail the scan over a comment.
        core.warning(`stanch: could not write the PR comment (${errorText(e)}); needs permissions: pull-requests: write`);
      }
    }
  }

  const outputs = buildOutputs(findings, { failed, reportPath, sarifPath, rotated: rotation?.rotated.length ?? 0 });
  for (const [k, v] of Object.entries(outputs)) core.setOutput(k, v);
  return { findings, failed, rotation };
}
