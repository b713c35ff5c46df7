/** The step's outputs, computed from the result (pure) and the fail decision. */
import { failsCheck } from '../../pipeline/fail-policy.js';
import type { Finding } from '../../model/finding.js';
import type { FailPolicy } from './inputs.js';
import { countBySeverity } from './present.js';

export function shouldFail(findings: readonly Finding[], policy: FailPolicy): boolean {
  return failsCheck(findings, policy);
}

export function buildOutputs(findings: readonly Finding[], r: { failed: boolean; reportPath?: string; sarifPath?: string; rotated?: number }): Record<string, string> {
  const c = countBySeverity(findings);
  return {
    findings: String(findings.length),
    'findings-critical': String(c.critical),
    'findings-high': String(c.high),
    'findings-medium': String(c.medium),
    'findings-low': String(c.low),
    report: r.reportPath ?? '',
    sarif: r.sarifPath ?? '',
    failed: String(r.failed),
    rotated: String(r.rotated ?? 0),
  };
}
