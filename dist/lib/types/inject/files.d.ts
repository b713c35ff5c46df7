import type { EnvEntry } from './env-file.js';
import { type SecretFileMode } from './secure-file.js';
export interface SecretFilesResult {
    dir: string;
    /** NAME → absolute path of its file. */
    files: {
        name: string;
        path: string;
    }[];
    warning?: string;
}
export declare function writeSecretFiles(dir: string, entries: readonly EnvEntry[], mode?: SecretFileMode): Promise<SecretFilesResult>;
/** `NAME_FILE=/path` lines (no secrets in them) for an env file or `docker --env-file`. */
export declare function fileVariables(files: readonly {
    name: string;
    path: string;
}[]): EnvEntry[];
/** Shreds `<dir>/<NAME>` for each name (or every regular file in dir when names is undefined), then the dir if empty. */
export declare function removeSecretFiles(dir: string, names?: readonly string[]): Promise<number>;
