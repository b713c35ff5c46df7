/**
 * The directory to run git in and to look for config: the top of the working tree, or the
 * repository itself when it is bare (a `git clone --mirror` audited on a schedule).
 */
export declare function repoRoot(cwd: string): Promise<string>;
