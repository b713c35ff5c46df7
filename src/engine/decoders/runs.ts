/**
 * One allocation-free pass that finds runs of base64/base64url characters (hex is a subset), so
 * the base64 and hex decoders share it. Faster than a `[…]{16,}` regex, which re-tries every
 * start position of every short identifier.
 */
export const RUN_CHARS = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') RUN_CHARS[c.charCodeAt(0)] = 1;

export const MIN_RUN = 16;

const isRunChar = (c: number): boolean => c < 128 && RUN_CHARS[c] === 1;

/**
 * Calls `onRun(start, end)` for each maximal run of at least MIN_RUN chars (trailing `=` padding
 * included), in order. Only every MIN_RUN-th char is tested first: a run that long must cover one
 * of them, so most of ordinary text (short words between spaces and punctuation) is never read.
 */
export function forEachTokenRun(text: string, onRun: (start: number, end: number) => boolean | void): void {
  const n = text.length;
  // Chars before `floor` belong to runs already handled (or were checked not to be run chars).
  let floor = 0;
  for (let probe = MIN_RUN - 1; probe < n; probe += MIN_RUN) {
    if (!isRunChar(text.charCodeAt(probe))) continue;
    let start = probe;
    while (start > floor && isRunChar(text.charCodeAt(start - 1))) start--;
    let i = probe + 1;
    while (i < n && isRunChar(text.charCodeAt(i))) i++;
    floor = i;
    if (i - start >= MIN_RUN) {
      let end = i;
      while (end < n && end - i < 2 && text.charCodeAt(end) === 61) end++;
      if (onRun(start, end) === false) return;
    }
    // Next: the first probe at or after i (text[i] ends the run); the loop adds MIN_RUN.
    probe = i + ((((MIN_RUN - 1 - i) % MIN_RUN) + MIN_RUN) % MIN_RUN) - MIN_RUN;
  }
}

/**
 * As forEachTokenRun, over runs already found (maximal runs of RUN_CHARS of at least MIN_RUN, as
 * flat [start, end) pairs, e.g. by the keyword pass): adds the `=` padding the same way.
 */
export function forEachKnownRun(text: string, spans: readonly number[], onRun: (start: number, end: number) => boolean | void): void {
  const n = text.length;
  for (let k = 0; k < spans.length; k += 2) {
    const i = spans[k + 1];
    let end = i;
    while (end < n && end - i < 2 && text.charCodeAt(end) === 61) end++;
    if (onRun(spans[k], end) === false) return;
  }
}
