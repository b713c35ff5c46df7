import type { EnvEntry } from './env-file.js';
export interface GithubEnvOptions {
    /** The path in `GITHUB_ENV`. */
    envFile: string;
    /** `core.setSecret` in the Action; a collector in tests. */
    mask: (secret: string) => void;
    entries: readonly EnvEntry[];
    /** For tests only: a fixed delimiter. */
    delimiter?: string;
}
/** Masks a value the way the runner needs: the whole value and every non-empty line of it. */
export declare function maskValue(value: string, mask: (s: string) => void): void;
/** The text appended to GITHUB_ENV (masks nothing; `writeGithubEnv` does). */
export declare function formatGithubEnv(entries: readonly EnvEntry[], delimiter: string): string;
/** Masks every value, then appends all entries in one write. Returns the names exported. */
export declare function writeGithubEnv(opts: GithubEnvOptions): Promise<string[]>;
