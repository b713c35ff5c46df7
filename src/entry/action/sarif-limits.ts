/**
 * Keeps a SARIF file within what github/codeql-action/upload-sarif accepts (GitHub's documented
 * limits): at most 25,000 results per run (we keep the most severe), 20 tags per rule, 1,000
 * locations per result, and 10 MB gzip-compressed for the whole file.
 */
import { gzipSync } from 'node:zlib';

export const SARIF_LIMITS = {
  runsPerFile: 20,
  resultsPerRun: 25_000,
  rulesPerRun: 25_000,
  tagsPerRule: 20,
  locationsPerResult: 1_000,
  gzipBytes: 10 * 1024 * 1024,
} as const;

export interface SarifFit {
  text: string;
  /** Results dropped to fit (0 = none). */
  dropped: number;
}

/**
 * Fits a rendered SARIF log into the limits. `render(n)` renders the n most severe findings
 * (callers pass findings sorted most severe first), so trimming drops the least severe.
 */
export function fitSarif(total: number, render: (n: number) => string): SarifFit {
  let n = Math.min(total, SARIF_LIMITS.resultsPerRun);
  for (;;) {
    const text = clampFields(render(n));
    if (gzipSync(text).length <= SARIF_LIMITS.gzipBytes || n === 0) return { text, dropped: total - n };
    n = Math.floor(n / 2);
  }
}

function clampFields(text: string): string {
  const log = JSON.parse(text) as { runs?: any[] };
  let changed = false;
  for (const run of log.runs ?? []) {
    for (const rule of run.tool?.driver?.rules ?? []) {
      const tags = rule.properties?.tags;
      if (Array.isArray(tags) && tags.length > SARIF_LIMITS.tagsPerRule) {
        rule.properties.tags = tags.slice(0, SARIF_LIMITS.tagsPerRule);
        changed = true;
      }
    }
    for (const result of run.results ?? []) {
      if (Array.isArray(result.locations) && result.locations.length > SARIF_LIMITS.locationsPerResult) {
        result.locations = result.locations.slice(0, SARIF_LIMITS.locationsPerResult);
        changed = true;
      }
    }
  }
  if (Array.isArray(log.runs) && log.runs.length > SARIF_LIMITS.runsPerFile) {
    log.runs = log.runs.slice(0, SARIF_LIMITS.runsPerFile);
    changed = true;
  }
  return changed ? JSON.stringify(log, null, 2) + '\n' : text;
}
