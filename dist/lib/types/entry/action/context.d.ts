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
export declare function readActionEnv(env?: NodeJS.ProcessEnv): ActionEnv;
/**
 * owner/repo of a remote URL on this GitHub server (https or ssh form), or undefined. Used when
 * the scanned repository is not the workflow's own (an organisation audit checks out others).
 */
export declare function repoFromRemoteUrl(remoteUrl: string, serverUrl: string): string | undefined;
