/**
 * The Action, wired: inputs → event plan → history → scan → annotations, summary, reports,
 * PR comment, outputs. The whole run sits in one log group; any error sets the `error` output
 * and fails the step with one line (never a stack). Values are masked before anything is printed.
 */
import * as core from '@actions/core';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readInputs, type ActionInputs } from './inputs.js';
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
import { PatchSource } from '../../sources/diff.js';
import { logPatchArgs, configGet, showToplevel } from '../../git/commands.js';
import { run as runGitCommand } from '../../git/runner.js';
import { createHistorySource } from '../../sources/history.js';
import { loadHistoryState, saveHistoryState } from '../../sources/history-state.js';
import { jsonReporter } from '../../reporters/json.js';
import { sarifReporter } from '../../reporters/sarif.js';

import { TOOL_VERSION as VERSION } from '../cli/version.js';

export interface ActionOutcome {
  findings: Finding[];
  failed: boolean;
}

function errorText(e: unknown): string {
  if (e instanceof StanchError) return e.message;
  if (e instanceof Error) return `unexpected error: ${e.message}`;
  return `unexpected error: ${String(e)}`;
}

/** Entry point: never throws; the step's result is in its outputs and exit code. */
export async function run(): Promise<void> {
  let outcome: ActionOutcome | undefined;
  let failure: string | undefined;
  let failOn = 'high';
  core.startGroup('stanch');
  try {
    const inputs = await readInputs();
    failOn = inputs.failOn;
    if (inputs.token) core.setSecret(inputs.token);
    outcome = await runAction(inputs, readActionEnv());
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
  if (outcome!.failed) {
    core.setFailed(`stanch: ${countsText(outcome!.findings)}; failing because fail-on is '${failOn}'. Values are redacted; see the annotations and the job summary.`);
  } else {
    core.info(`stanch: ${outcome!.findings.length === 0 ? 'no leaks found' : countsText(outcome!.findings) + ` (below fail-on '${failOn}')`}`);
  }
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
    const source = new PatchSource(async () => (commits.length === 0 ? null : { args: logPatchArgs({ stdin: true }), input: commits.join('\n') + '\n' }), {
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

  const { config } = loadConfig({ dir: cwd, configPath: inputs.configPath ? path.resolve(cwd, inputs.configPath) : undefined });
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
  for (const v of valuesToMask(findings)) core.setSecret(v);

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

  const failed = shouldFail(findings, inputs.failOn);
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

  const outputs = buildOutputs(findings, { failed, reportPath, sarifPath });
  for (const [k, v] of Object.entries(outputs)) core.setOutput(k, v);
  return { findings, failed };
}
