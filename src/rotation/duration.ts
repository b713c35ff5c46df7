/**
 * Rotation intervals as people write them: `30d`, `12h`, `2w`, `90m` (minutes), `45s`.
 * Months and years are left out on purpose: their length varies, and a policy should mean one thing.
 */

const UNIT_MS: Record<string, number> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};

/** Milliseconds for `<positive integer><s|m|h|d|w>`, or undefined when the text is not one. */
export function parseDuration(text: string): number | undefined {
  const m = /^([1-9][0-9]{0,6})([smhdw])$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * UNIT_MS[m[2]];
}

/** A short human form (`3d 4h`, `5m`) for plans; rounds down to the largest two units. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(ms);
  const parts: string[] = [];
  for (const [unit, size] of [['d', UNIT_MS.d], ['h', UNIT_MS.h], ['m', UNIT_MS.m], ['s', UNIT_MS.s]] as const) {
    if (rest >= size && parts.length < 2) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return sign + (parts.length > 0 ? parts.join(' ') : '0s');
}
