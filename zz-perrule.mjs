import fs from 'node:fs'; import { execSync } from 'node:child_process'; import { parse } from 'smol-toml';
import RE2 from 're2';
const list = execSync("find node_modules -type f \\( -name '*.js' -o -name '*.json' -o -name '*.md' -o -name '*.ts' \\) | head -3000", { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n');
let text = ''; for (const p of list) { try { if (fs.statSync(p).size < 300000) text += fs.readFileSync(p, 'utf8') + '\n'; } catch {} if (text.length > 8e6) break; }
const rules = fs.readdirSync('src/rules/builtin').flatMap((f) => parse(fs.readFileSync('src/rules/builtin/' + f, 'utf8')).rules);
const res = [];
for (const r of rules) { if (!r.regex) continue; const re = new RE2(r.regex, 'g'); const t0 = performance.now(); let n = 0; for (const m of text.matchAll(re)) n++; res.push([r.id, performance.now() - t0, n]); }
res.sort((a, b) => b[1] - a[1]); console.log('MB', (text.length / 1e6).toFixed(1), 'total ms', Math.round(res.reduce((a, b) => a + b[1], 0)));
for (const [id, ms, n] of res.slice(0, 25)) console.log(id, Math.round(ms), n);
