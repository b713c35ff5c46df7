/** Where a piece of text came from in git. */
export interface CommitInfo {
    sha: string;
    author?: string;
    email?: string;
    /** ISO-8601 author date. */
    date?: string;
    message?: string;
}
/**
 * A piece of text to scan plus where it came from. Sources yield fragments;
 * the detector never knows more about where text came from than this.
 */
export interface Fragment {
    text: string;
    /** Repository- or cwd-relative path with `/` separators; '-' for stdin. */
    path: string;
    /**
     * 1-based line number in the original file of the fragment's first line.
     * When a fragment is made of non-contiguous lines (git added lines), use `lineNumbers`.
     */
    startLine?: number;
    /** Per-line original line numbers, for fragments stitched from hunks. Overrides startLine. */
    lineNumbers?: number[];
    /**
     * 1-based column (UTF-16 units) of the fragment's first character within its first
     * line; set when a huge line is split into chunks. The detector reports columns
     * relative to the fragment; scanSource (src/pipeline) shifts first-line columns by this.
     */
    startColumn?: number;
    commit?: CommitInfo;
}
