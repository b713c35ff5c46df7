/**
 * Rotation plans and results as text (terminal), JSON (machines) and Markdown (Action summary and
 * PR comment). Inputs are value-free by construction (URIs, versions, fingerprints, messages).
 */
import type { LeakLoopResult } from './leak-loop.js';
import type { RotationResult } from './rotator.js';

const MARK: Record<RotationResult['status'], string> = {
  rotated: 'rotated',
  'rolled-back': 'ROLLED BACK',
  failed: 'FAILED',
  planned: 'plan',
  'not-due': 'not due',
};

export function renderRotationText(results: readonly RotationResult[]): string {
  if (results.length === 0) return 'stanch rotate: nothing to rotate\n';
  const lines: string[] = [];
  for (const r of results) {
    const versions = r.oldVersion || r.newVersion ? ` ${r.oldVersion ?? '?'} -> ${r.newVersion ?? '?'}${r.restoredVersion ? ` -> restored ${r.restoredVersion}` : ''}` : '';
    lines.push(`${MARK[r.status].padEnd(11)} ${r.uri}${versions}  (${r.reason})`);
    const how = [r.policy && `policy ${r.policy}`, r.generator && `generator ${r.generator}`, r.verify && `verify ${r.verify}`].filter(Boolean);
    if (how.length > 0) lines.push(`            ${how.join(', ')}`);
    if (r.due) {
      const d = r.due;
      lines.push(`            ${d.every ? `every ${d.every}` : 'no interval'}${d.lastRotated ? `, last rotated ${d.lastRotated}` : ', never rotated by stanch'}${d.dueAt ? `, due ${d.dueAt}` : ''}`);
    }
    if (r.message) lines.push(`            ${r.message}`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderRotationJson(results: readonly RotationResult[]): string {
  return `${JSON.stringify({ results }, null, 2)}\n`;
}

/** The leak loop's outcome for the text console: matches, what was rotated or planned, unmanaged leaks. */
export function renderLeakLoopText(r: LeakLoopResult): string {
  const lines: string[] = [];
  for (const m of r.matches) {
    lines.push(`managed secret leaked: ${m.uri} at ${m.path}:${m.startLine}${m.commit ? ` (commit ${m.commit.slice(0, 12)})` : ''} [${m.fingerprint}]`);
  }
  if (r.results.length > 0) lines.push(renderRotationText(r.results).trimEnd());
  for (const u of r.unmanaged) {
    lines.push(`unmanaged secret leaked: ${u.ruleId} at ${u.path}:${u.startLine}; not in any store stanch manages: revoke it at the provider${u.revokeUrl ? ` (${u.revokeUrl})` : ''}`);
  }
  for (const p of r.problems) lines.push(`warning: managed secret ${p.uri} could not be checked: ${p.message}`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

/** A Markdown section for the job summary and the PR comment. Empty string when there is nothing to say. */
export function renderLeakLoopMarkdown(r: LeakLoopResult): string {
  if (r.matches.length === 0 && r.unmanaged.length === 0 && r.problems.length === 0) return '';
  const out: string[] = ['### Secret rotation', ''];
  if (r.results.length > 0) {
    out.push('| Managed secret | Outcome | Versions | Note |', '| --- | --- | --- | --- |');
    for (const x of r.results) {
      const versions = x.oldVersion || x.newVersion ? `${x.oldVersion ?? '?'} → ${x.newVersion ?? '?'}${x.restoredVersion ? ` → ${x.restoredVersion}` : ''}` : '';
      const outcome = x.status === 'rotated' ? '✅ rotated' : x.status === 'rolled-back' ? '↩️ rolled back' : x.status === 'failed' ? '❌ failed' : '📝 planned';
      out.push(`| \`${cell(x.uri)}\` | ${outcome} | ${versions} | ${cell(x.message ?? '')} |`);
    }
    out.push('');
    const where = r.matches.map((m) => `\`${cell(m.path)}:${m.startLine}\`${m.commit ? ` (${m.commit.slice(0, 7)})` : ''} → \`${cell(m.uri)}\``);
    out.push(`Leaked at: ${where.join(', ')}`, '');
  }
  if (r.unmanaged.length > 0) {
    out.push(`**${r.unmanaged.length} leaked secret${r.unmanaged.length === 1 ? ' is' : 's are'} not managed by stanch**: revoke ${r.unmanaged.length === 1 ? 'it' : 'them'} at the provider.`, '');
    for (const u of r.unmanaged.slice(0, 20)) {
      out.push(`- \`${cell(u.ruleId)}\` at \`${cell(u.path)}:${u.startLine}\`${u.revokeUrl ? `: [revoke](${u.revokeUrl})` : ''}`);
    }
    if (r.unmanaged.length > 20) out.push(`- … and ${r.unmanaged.length - 20} more`);
    out.push('');
  }
  for (const p of r.problems) out.push(`> ⚠️ \`${cell(p.uri)}\` could not be checked: ${cell(p.message)}`);
  return `${out.join('\n').trimEnd()}\n`;
}
