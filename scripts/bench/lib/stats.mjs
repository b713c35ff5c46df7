// Small statistics helpers for the bench harness.

/** Linear-interpolated percentile of an ascending array (p in 0..1); NaN when empty. */
export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i), hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}
