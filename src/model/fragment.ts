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
  commit?: CommitInfo;
}
