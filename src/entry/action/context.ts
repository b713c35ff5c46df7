/**
 * The runner's environment (GITHUB_* variables and the event payload file), read once here
 * and passed on as a plain object: nothing below the entry point reads process.env.
 */
import { readFileSync } from 'node:fs';
import { StanchError, EXIT } from '../../model/errors.js';

export interface ActionEnv {
  eventName: string;
  payload: Record<string, any>;
  sha?: string;
  ref?: string;
  /** owner/repo */
  repository: string;
  apiUrl: string;
  serverUrl: string;
  workspace: string;
  runnerTemp: string;
  runId: string;
  runAttempt: string;
}

export function readActionEnv(env: NodeJS.ProcessEnv = process.env): ActionEnv {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  if (!eventName) throw new StanchError('GITHUB_EVENT_NAME is not set: this Action runs inside a GitHub Actions workflow', EXIT.USAGE);
  let payload: Record<string, any> = {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    try {
      payload = JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, any>;
    } catch (e) {
      throw new StanchError(`GITHUB_EVENT_PATH ${eventPath}: cannot read the event payload (${(e as Error).message})`, EXIT.USAGE);
    }
  }
  const repository = env.GITHUB_REPOSITORY ?? (typeof payload.repository?.full_name === 'string' ? payload.repository.full_name : '');
  return {
    eventName,
    payload,
    sha: env.GITHUB_SHA || undefined,
    ref: env.GITHUB_REF || undefined,
    repository,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || env.TMPDIR || '/tmp',
    runId: env.GITHUB_RUN_ID || String(Date.now()),
    runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
  };
}

/**
 * owner/repo of a remote URL on this GitHub server (https or ssh form), or undefined. Used when
 * the scanned repository is not the workflow's own (an organisation audit checks out others).
 */
export function repoFromRemoteUrl(remoteUrl: string, serverUrl: string): string | undefined {
  let host: string;
  try {
    host = new URL(serverUrl).host;
  } catch {
    return undefined;
  }
  const esc = host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`^(?:https?://(?:[^@/]+@)?${esc}/|git@${esc}:|ssh://git@${esc}/)([^/]+)/([^/]+?)(?:\\.git)?/?$`).exec(remoteUrl.trim());
  return m ? `${m[1]}/${m[2]}` : undefined;
}
