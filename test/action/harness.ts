/**
 * Runs the bundled Action exactly as the runner does: `node dist/action/index.js` with INPUT_*
 * variables, the event payload in a file (GITHUB_EVENT_PATH), GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, GITHUB_API_URL pointing at a local server. Returns what a workflow
 * sees: the workflow commands printed, the outputs, the summary and the exit code.
 */
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { tempDir, EMPTY_GIT_CONFIG } from './git-fixture.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/**
 * The bundle to run: dist/action/index.js when it is newer than every source file, else a fresh
 * build by scripts/build.mjs into a temp directory keyed by the sources (built once per test
 * process; STANCH_ACTION_BUNDLE points at a ready one).
 */
let memo: string | undefined;
export function actionBundle(): string {
  // Built once per test process: other engineers' files change under us while tests run.
  memo ??= process.env.STANCH_ACTION_BUNDLE || findOrBuildBundle();
  return memo;
}

function findOrBuildBundle(): string {
  const sources = walk(path.join(ROOT, 'src'));
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  const dist = path.join(ROOT, 'dist/action/index.js');
  if (existsSync(dist) && statSync(dist).mtimeMs > newest) return dist;
  const h = createHash('sha256');
  for (const f of sources.sort()) h.update(f).update(readFileSync(f));
  const dir = path.join(tmpdir(), `stanch-action-bundle-${h.digest('hex').slice(0, 16)}`);
  const entry = path.join(dir, 'index.js');
  if (existsSync(entry)) return entry;
  // Bundles of older sources are ours and stale: remove them (25 MB each).
  for (const old of readdirSync(tmpdir()).filter((n) => n.startsWith('stanch-action-bundle-'))) {
    const p = path.join(tmpdir(), old);
    if (Date.now() - statSync(p).mtimeMs > 15 * 60_000) rmSync(p, { recursive: true, force: true });
  }
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  // The project's own build (scripts/build.mjs: ncc, re2 external) into a temp dir: what ships in dist/action/.
  const gen = existsSync(path.join(ROOT, 'src/rules/generated')) ? ['--skip-gen'] : [];
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--out', tmp, '--only', 'action', ...gen], { cwd: ROOT, stdio: 'pipe' });
  try {
    renameSync(path.join(tmp, 'action'), dir);
  } catch {
    // another test process built it first
  }
  rmSync(tmp, { recursive: true, force: true });
  return entry;
}

export interface WorkflowCommand {
  command: string;
  props: Record<string, string>;
  message: string;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  commands: WorkflowCommand[];
  outputs: Record<string, string>;
  summary: string;
  /** What the step appended to GITHUB_ENV. */
  githubEnv: string;
  annotations(level: 'error' | 'warning' | 'notice'): WorkflowCommand[];
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProp = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** `::name k=v,k=v::message` lines of a step's stdout. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const i = kv.indexOf('=');
      props[kv.slice(0, i)] = unescapeProp(kv.slice(i + 1));
    }
    out.push({ command: m[1], props, message: unescapeData(m[3]) });
  }
  return out;
}

/** The GITHUB_OUTPUT file: `name<<DELIM\nvalue\nDELIM` blocks (and plain `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      out[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      const j = lines[i].indexOf('=');
      out[lines[i].slice(0, j)] = lines[i].slice(j + 1);
    }
  }
  return out;
}

export interface RunOptions {
  workspace: string;
  eventName: string;
  payload: Record<string, unknown>;
  inputs?: Record<string, string>;
  apiUrl?: string;
  sha?: string;
  ref?: string;
  repository?: string;
  runnerTemp?: string;
  runId?: string;
  /** More runner environment (e.g. ACTIONS_ID_TOKEN_REQUEST_URL, GITHUB_ACTOR). */
  env?: Record<string, string>;
}

/** The defaults action.yml gives inputs: the runner sets every declared input, empty or default. */
const ACTION_DEFAULTS: Record<string, string> = (() => {
  const declared = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')).inputs as Record<string, { default?: string }>;
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) out[name] = String(spec.default ?? '');
  out.token = 'ghs_test_token_for_local_server';
  return out;
})();

export async function runAction(opts: RunOptions): Promise<ActionRun> {
  const files = tempDir('stanch-runner-');
  const eventPath = path.join(files, 'event.json');
  writeFileSync(eventPath, JSON.stringify(opts.payload, null, 2));
  const outputPath = path.join(files, 'output');
  const summaryPath = path.join(files, 'summary');
  const githubEnvPath = path.join(files, 'github_env');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  writeFileSync(githubEnvPath, '');
  const runnerTemp = opts.runnerTemp ?? path.join(files, 'temp');
  mkdirSync(runnerTemp, { recursive: true });

  // A clean environment: nothing from the outer CI leaks in.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: EMPTY_GIT_CONFIG,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_ENV: githubEnvPath,
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_REPOSITORY: opts.repository ?? 'acme/app',
    GITHUB_API_URL: opts.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: opts.sha ?? '',
    GITHUB_REF: opts.ref ?? '',
    GITHUB_RUN_ID: opts.runId ?? '4242',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: runnerTemp,
    ...opts.env,
  };
  for (const [k, v] of Object.entries({ ...ACTION_DEFAULTS, ...opts.inputs })) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;

  const child = spawn(process.execPath, [actionBundle()], { cwd: opts.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  const commands = parseWorkflowCommands(stdout);
  return {
    code,
    stdout,
    stderr,
    commands,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    githubEnv: readFileSync(githubEnvPath, 'utf8'),
    annotations: (level) => commands.filter((c) => c.command === level),
  };
}
