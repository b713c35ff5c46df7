export type EnvFileFormat = 'dotenv' | 'docker';
export interface EnvEntry {
    name: string;
    value: string;
}
/** Go's bufio.MaxScanTokenSize: docker cannot read a longer line. */
export declare const DOCKER_MAX_LINE: number;
export declare function formatEnvFile(entries: readonly EnvEntry[], format: EnvFileFormat): string;
export declare function formatEnvLine({ name, value }: EnvEntry, format: EnvFileFormat): string;
/**
 * The quoted form dotenv reads back as exactly `value`:
 * - '…' or `…` when the value does not contain that quote: literal. Not when the value ends with a
 *   backslash (dotenv would take `\'` as an escaped quote) or holds \r (dotenv normalises line ends).
 * - "…" otherwise, with \r and newline written as \r and \n; only possible when the value holds no `"`
 *   and no literal backslash-n / backslash-r (dotenv would turn those into control characters).
 */
export declare function dotenvValue(name: string, value: string): string;
/**
 * Reads a dotenv file by dotenv's rules (for `stanch secrets import`): `[export ]NAME=value`, quoted
 * values may span lines, double-quoted ones expand \n and \r, unquoted ones end at ` #` and are trimmed.
 * Malformed lines are errors naming file:line (dotenv itself skips them silently).
 */
export declare function parseDotenv(text: string, file: string): (EnvEntry & {
    line: number;
})[];
/**
 * Reads a file the way `docker run --env-file` does (docker/cli opts/envfile.go): used by tests and to
 * check what we wrote. Lines without `=` (take the value from the host) are returned with value undefined.
 */
export declare function parseDockerEnvFile(text: string): {
    name: string;
    value: string | undefined;
}[];
