// BENCHMARKS.md assembly: a generated block with one marked slot per section (a run
// replaces only the sections it measured) and a slot holding bench-notes/*.md verbatim.
import fs from 'node:fs';
import path from 'node:path';

const GEN_START = '<!-- generated:start (scripts/bench/run.mjs: do not edit by hand) -->';
const GEN_END = '<!-- generated:end -->';
const NOTES_START = '<!-- bench-notes:start (copied verbatim from bench-notes/*.md) -->';
const NOTES_END = '<!-- bench-notes:end -->';
const mark = (id, end) => `<!-- section:${id}:${end ? 'end' : 'start'} -->`;

export function table(head, rows) {
  const cell = (c) => String(c).replace(/\|/g, '\\|');
  return [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

function between(text, a, b) {
  const i = text.indexOf(a);
  const j = text.indexOf(b, i + a.length);
  return i >= 0 && j >= 0 ? text.slice(i + a.length, j) : null;
}

function notes(repoRoot) {
  const dir = path.join(repoRoot, 'bench-notes');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : [];
  if (!files.length) return '\n_No bench-notes/*.md yet (regex engine, redaction throughput… land here)._\n';
  return '\n' + files.map((f) => `<!-- from bench-notes/${f} -->\n${fs.readFileSync(path.join(dir, f), 'utf8').trimEnd()}\n`).join('\n') + '\n';
}

/**
 * Writes BENCHMARKS.md: keeps hand-written text outside the markers, replaces the
 * sections in `sections` ({id: markdown}), keeps earlier results of sections not run.
 */
export function writeBenchmarks(repoRoot, order, sections, header) {
  const file = path.join(repoRoot, 'BENCHMARKS.md');
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const oldGen = between(old, GEN_START, GEN_END) ?? '';
  const parts = order.map((id) => {
    const body = sections[id] ?? between(oldGen, mark(id), mark(id, true)) ?? `\n_${id}: not measured yet (run \`npm run bench -- --only ${id}\`)._\n`;
    return `${mark(id)}\n${body.trim()}\n${mark(id, true)}`;
  });
  const generated = `${GEN_START}\n${header.trim()}\n\n${parts.join('\n\n')}\n${GEN_END}`;
  const notesBlock = `${NOTES_START}${notes(repoRoot)}${NOTES_END}`;
  let text;
  if (old.includes(GEN_START) && old.includes(GEN_END)) {
    text = old.slice(0, old.indexOf(GEN_START)) + generated + old.slice(old.indexOf(GEN_END) + GEN_END.length);
  } else {
    text = `# stanch benchmarks\n\nHow to reproduce: \`npm run build && npm run bench\` (\`--quick\`, \`--only accuracy,tree,history,hook\`).\nOnly ratios measured in the same run on the same machine are comparable; absolute seconds are not.\n\n${generated}\n`;
  }
  if (text.includes(NOTES_START) && text.includes(NOTES_END)) {
    text = text.slice(0, text.indexOf(NOTES_START)) + notesBlock + text.slice(text.indexOf(NOTES_END) + NOTES_END.length);
  } else {
    text = text.trimEnd() + `\n\n## Other measurements\n\n${notesBlock}\n`;
  }
  const tmp = file + '.tmp';
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
  return file;
}
