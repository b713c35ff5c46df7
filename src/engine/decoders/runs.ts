/**
 * One allocation-free pass that finds runs of base64/base64url characters (hex is a subset), so
 * the base64 and hex decoders share it. Faster than a `[…]{16,}` regex, which re-tries every
 * start position of every short identifier.
 */
const RUN_CHARS = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') RUN_CHARS[c.charCodeAt(0)] = 1;

export const MIN_RUN = 16;

/** Calls `onRun(start, end)` for each maximal run of at least MIN_RUN chars (trailing `=` padding included). */
export function forEachTokenRun(text: string, onRun: (start: number, end: number) => boolean | void): void {
  let start = -1;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0;
    if (c < 128 && RUN_CHARS[c] === 1) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      let end = i;
      if (end - start >= MIN_RUN) {
        while (end < n && end - i < 2 && text.charCodeAt(end) === 61) end++;
        if (onRun(start, end) === false) return;
      }
      start = -1;
    }
  }
}
