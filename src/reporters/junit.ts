import type { Finding } from '../model/finding.js';
import type { ReportContext, Reporter } from '../model/contracts.js';
import { presentFindings, requiredSummary } from './present.js';

/** JUnit XML: one failing test case per finding, so CI systems show leaks as test failures. */
export const junitReporter: Reporter = {
  format: 'junit',
  render(findings: readonly Finding[], ctx: ReportContext): string {
    const cases = presentFindings(findings, ctx.showSecrets).map((p) => {
      const where = `${p.path}:${p.startLine}:${p.startColumn}`;
      const details = [
        `${p.description} (${p.ruleId})`,
        `location: ${where}`,
        `severity: ${p.severity}, confidence: ${p.confidence}`,
        `secret: ${p.secret}`,
        `fingerprint: ${p.fingerprint}`,
        ...(p.required ? [`requires: ${requiredSummary(p.required)}`] : []),
        ...(p.commit ? [`commit: ${p.commit.sha}${p.commit.author ? ` (${p.commit.author})` : ''}`] : []),
      ].join('\n');
      return (
        `    <testcase classname="${xml(p.path)}" name="${xml(`${p.ruleId} at ${where}`)}">\n` +
        `      <failure type="${xml(p.severity)}" message="${xml(`${p.description} at ${where}`)}">${xml(details)}</failure>\n` +
        `    </testcase>\n`
      );
    });
    if (cases.length === 0) cases.push(`    <testcase classname="stanch" name="no secrets found"/>\n`);
    const n = Math.max(findings.length, 1);
    const attrs = `tests="${n}" failures="${findings.length}" errors="0"`;
    return (
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<testsuites name="stanch" ${attrs}>\n` +
      `  <testsuite name="stanch ${xml(ctx.toolVersion)}" ${attrs} skipped="0">\n` +
      cases.join('') +
      `  </testsuite>\n</testsuites>\n`
    );
  },
};

/** Escapes XML specials and drops characters XML 1.0 cannot hold at all. */
export function xml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
