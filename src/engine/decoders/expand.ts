/**
 * Grows a span around an escape hit while chars satisfy `inside`, at most `limit` chars each way.
 * Used instead of regexes like `[class]*%XX[class]*`, which backtrack quadratically on long lines.
 */
export function expandSpan(
  text: string,
  hitStart: number,
  hitEnd: number,
  inside: (code: number) => boolean,
  limit: number,
): [number, number] {
  let s = hitStart;
  const minS = Math.max(0, hitStart - limit);
  while (s > minS && inside(text.charCodeAt(s - 1))) s--;
  let e = hitEnd;
  const maxE = Math.min(text.length, hitEnd + limit);
  while (e < maxE && inside(text.charCodeAt(e))) e++;
  return [s, e];
}
