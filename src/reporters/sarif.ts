/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF consumers.
 * Levels come from severity; `security-severity` (a CVSS-like 0..10 score GitHub
 * uses to rank alerts) sits in each rule's properties; our content fingerprint goes
 * into `partialFingerprints` so alerts survive line moves.
 */
import { pathToFileURL } from 'node:url';
import type { Finding, RequiredFinding } from '../model/finding.js';
import type { Rule } from '../model/rule.js';
import type { Severity } from '../model/severity.js';
import type { ReportContext, Reporter } from '../model/contracts.js';
import { presentFindings } from './present.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/stanch-dev/stanch';
/** Key under which our fingerprint goes into `partialFingerprints`. */
export const PARTIAL_FINGERPRINT_KEY = 'stanchFingerprint/v1';
const SRCROOT = '%SRCROOT%';

export function sarifLevel(s: Severity): 'error' | 'warning' | 'note' {
  return s === 'critical' || s === 'high' ? 'error' : s === 'medium' ? 'warning' : 'note';
}

export function securitySeverity(s: Severity): string {
  return s === 'critical' ? '9.5' : s === 'high' ? '8.0' : s === 'medium' ? '5.5' : '3.0';
}

export const sarifReporter: Reporter = {
  format: 'sarif',
  render(findings: readonly Finding[], ctx: ReportContext): string {
    const rulesById = new Map(ctx.rules.map((r) => [r.id, r]));
    // Only the rules that produced results: keeps reports small, and stable across
    // rule-set additions that did not fire.
    const usedIds = [...new Set(findings.map((f) => f.ruleId))].sort();
    const ruleIndex = new Map(usedIds.map((id, i) => [id, i]));
    const rules = usedIds.map((id) => ruleDescriptor(id, rulesById.get(id), findings));

    const results = presentFindings(findings, ctx.showSecrets).map((p) => {
      const properties: Record<string, unknown> = {
        severity: p.severity,
        confidence: p.confidence,
        secret: p.secret,
        tags: p.tags,
      };
      if (p.commit) properties.commit = p.commit;
      if (p.decodedFrom) properties.decodedFrom = p.decodedFrom;
      if (p.revokeUrl) properties.revokeUrl = p.revokeUrl;
      const where = p.commit ? ` in commit ${p.commit.sha.slice(0, 12)}` : '';
      return {
        ruleId: p.ruleId,
        ruleIndex: ruleIndex.get(p.ruleId)!,
        level: sarifLevel(p.severity),
        message: { text: `${p.description}: ${p.secret}${where}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeUriPath(p.path), uriBaseId: SRCROOT },
              region: {
                startLine: p.startLine,
                startColumn: p.startColumn,
                endLine: p.endLine,
                // SARIF endColumn is one past the last character; ours is inclusive.
                endColumn: p.endColumn + 1,
                snippet: { text: p.match },
              },
            },
          },
        ],
        ...(p.required ? { relatedLocations: p.required.map((r, i) => relatedLocation(p.path, r, i)) } : {}),
        partialFingerprints: { [PARTIAL_FINGERPRINT_KEY]: p.fingerprint },
        properties,
      };
    });

    const run: Record<string, unknown> = {
      tool: {
        driver: {
          name: 'stanch',
          version: ctx.toolVersion,
          semanticVersion: ctx.toolVersion,
          informationUri: INFORMATION_URI,
          rules,
        },
      },
      results,
      columnKind: 'utf16CodeUnits',
    };
    if (ctx.root) {
      run.originalUriBaseIds = { [SRCROOT]: { uri: dirUri(ctx.root) } };
    }
    return JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] }, null, 2) + '\n';
  },
};

/** A composite rule's required finding, as a related location of the result. */
function relatedLocation(path: string, r: RequiredFinding, id: number) {
  return {
    id,
    message: { text: `required rule ${r.ruleId}` },
    physicalLocation: {
      artifactLocation: { uri: encodeUriPath(path), uriBaseId: SRCROOT },
      region: { startLine: r.startLine, startColumn: r.startColumn, endLine: r.endLine, endColumn: r.endColumn + 1 },
    },
  };
}

function ruleDescriptor(id: string, rule: Rule | undefined, findings: readonly Finding[]) {
  // A finding can come from a rule the context does not list (e.g. a synthetic
  // path-only rule); fall back to what the finding itself carries.
  const sample = findings.find((f) => f.ruleId === id)!;
  const severity = rule?.severity ?? sample.severity;
  const description = rule?.description ?? sample.description;
  const tags = [...new Set(['security', 'secret', ...(rule?.tags ?? sample.tags)])];
  const help = [
    `${description}.`,
    'Remove the secret from the code, rotate (revoke and re-issue) it, and load it at run time instead.',
    ...(rule?.revokeUrl ? [`Revoke at: ${rule.revokeUrl}`] : []),
  ].join(' ');
  const descriptor: Record<string, unknown> = {
    id,
    name: pascalCase(id),
    shortDescription: { text: description },
    fullDescription: { text: description },
    help: { text: help },
    defaultConfiguration: { level: sarifLevel(severity) },
    properties: {
      tags,
      precision: precision(rule?.confidence ?? sample.confidence),
      'security-severity': securitySeverity(severity),
      severity,
    },
  };
  if (rule?.revokeUrl) descriptor.helpUri = rule.revokeUrl;
  return descriptor;
}

function precision(confidence: number): string {
  return confidence >= 0.9 ? 'very-high' : confidence >= 0.75 ? 'high' : confidence >= 0.5 ? 'medium' : 'low';
}

function pascalCase(id: string): string {
  return id
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** Relative URI reference for a `/`-separated path (spaces, `%`, `#`, `?` escaped). */
function encodeUriPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function dirUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : `${href}/`;
}
