/**
 * Renders items as lines of a given syntax, plus filler lines that carry no
 * secret-like text, so planted items sit in realistic surroundings.
 */
import type { Item, Syntax } from './item.js';
import type { Rng } from './rng.js';

/** Rendered lines of one item; `at`..`at+span-1` are the lines that carry it. */
export interface Placed {
  lines: string[];
  at: number;
  span: number;
  item?: Item;
}

const upper = (n: string) => n.toUpperCase();
const camel = (n: string) => n.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (n: string) => camel(n).replace(/^./, (c) => c.toUpperCase());
const dotted = (n: string) => n.replace(/_/g, '.');
const esc = (v: string) => v.replace(/\n/g, '\\n');

/** One key = value in `syntax`. Multi-line values become real lines where the syntax allows, else `\n` escapes. */
export function renderAssign(rng: Rng, syntax: Syntax, item: Item): Placed {
  const { name, value: v, expr } = item;
  const multi = v.includes('\n');
  const vl = v.split('\n');
  const n = vl.length;
  const wrap = (open: string, close: string): Placed => ({ lines: [open + vl[0], ...vl.slice(1, -1), vl[n - 1] + close], at: 0, span: n });
  const single = (line: string): Placed => ({ lines: [line], at: 0, span: 1 });
  switch (syntax) {
    case 'ts':
    case 'js': {
      if (expr) return single(rng.pick([`const ${camel(name)} = ${v};`, `  ${camel(name)}: ${v},`, `export const ${upper(name)} = ${v};`]));
      if (multi) return wrap(`export const ${camel(name)} = \``, '`;');
      const q = rng.pick(["'", '"', '`']);
      return single(rng.pick([`const ${camel(name)} = ${q}${v}${q};`, `  ${camel(name)}: ${q}${v}${q},`, `export const ${upper(name)} = ${q}${v}${q};`, `const ${camel(name)} = process.env.${upper(name)} ?? ${q}${v}${q};`]));
    }
    case 'py': {
      if (expr) return single(rng.pick([`${upper(name)} = ${v}`, `    ${name}=${v},`, `${name} = ${v}`]));
      if (multi) return wrap(`${upper(name)} = """`, '"""');
      const q = rng.pick(["'", '"']);
      return single(rng.pick([`${upper(name)} = ${q}${v}${q}`, `${name} = ${q}${v}${q}`, `    ${name}=${q}${v}${q},`, `settings["${name}"] = ${q}${v}${q}`, `os.environ.setdefault("${upper(name)}", ${q}${v}${q})`]));
    }
    case 'go': {
      if (expr) return single(rng.pick([`\t${camel(name)} := ${v}`, `\t${pascal(name)}: ${v},`]));
      if (multi) return wrap(`const ${camel(name)} = \``, '`');
      return single(rng.pick([`const ${camel(name)} = "${v}"`, `\t${pascal(name)}: "${v}",`, `\tos.Setenv("${upper(name)}", "${v}")`, `var ${camel(name)} = "${v}"`]));
    }
    case 'java': {
      if (expr) return single(`    private final String ${camel(name)} = ${v};`);
      return single(rng.pick([`    private static final String ${upper(name)} = "${esc(v)}";`, `        props.setProperty("${dotted(name)}", "${esc(v)}");`, `        String ${camel(name)} = "${esc(v)}";`]));
    }
    case 'env':
      if (multi) return single(`${upper(name)}="${esc(v)}"`);
      return single(rng.pick([`${upper(name)}=${v}`, `${upper(name)}="${v}"`, `export ${upper(name)}=${v}`, `${upper(name)}='${v}'`]));
    case 'sh':
      if (multi) return wrap(`export ${upper(name)}="`, '"');
      if (expr) return single(`export ${upper(name)}=${v}`);
      return single(rng.pick([`export ${upper(name)}="${v}"`, `${upper(name)}='${v}'`, `export ${upper(name)}=${v}`]));
    case 'docker':
      return single(rng.pick([`ENV ${upper(name)}=${esc(v)}`, `ARG ${upper(name)}=${esc(v)}`, `ENV ${upper(name)} ${esc(v)}`]));
    case 'yaml': {
      const key = rng.pick([name, camel(name), upper(name)]);
      if (multi) return { lines: [`${key}: |`, ...vl.map((l) => '  ' + l)], at: 1, span: n };
      if (expr) return single(`${key}: ${v}`);
      return single(rng.pick([`${key}: ${v}`, `${key}: "${v}"`, `${key}: '${v}'`]));
    }
    case 'json':
      return single(`"${rng.pick([name, camel(name)])}": "${esc(v).replace(/"/g, '\\"')}"`);
    case 'tf':
      if (expr) return single(`  ${name} = ${v}`);
      if (multi) return { lines: [`  ${name} = <<EOT`, ...vl, 'EOT'], at: 1, span: n };
      return single(`  ${name} = "${v}"`);
    case 'xml': {
      const x = v.replace(/&/g, '&amp;');
      if (multi) return wrap(`  <${camel(name)}>`, `</${camel(name)}>`);
      return single(rng.pick([`    <add key="${pascal(name)}" value="${x}" />`, `  <${camel(name)}>${x}</${camel(name)}>`, `    <property name="${dotted(name)}" value="${x}"/>`]));
    }
    case 'ini':
      return single(rng.pick([`${name} = ${esc(v)}`, `${name}=${esc(v)}`]));
    case 'toml':
      return single(expr ? `${name} = "${v}"` : `${name} = "${esc(v)}"`);
    case 'properties':
      return single(`${rng.pick(['app.', 'spring.datasource.', 'service.', ''])}${dotted(name)}=${esc(v)}`);
    case 'md':
      throw new Error('markdown items are rendered inside fenced blocks');
  }
}

// ---------------------------------------------------------------- filler
const WORDS = ('user account order payment invoice item product queue worker event metric report client server route schema model record ' +
  'batch job task file stream buffer parser loader store index search filter result status message channel email profile tenant billing plan ' +
  'price cart checkout shipment address region cluster node service deploy build release version feature flag audit trace span timer retry limit').split(' ');
const w = (rng: Rng) => rng.pick(WORDS);
const cw = (rng: Rng) => w(rng) + w(rng).replace(/^./, (c) => c.toUpperCase());

/** A few harmless lines in `syntax` (no key-like names, no long random strings). */
export function filler(rng: Rng, syntax: Syntax): string[] {
  const a = cw(rng), b = w(rng), c = w(rng);
  switch (syntax) {
    case 'ts':
    case 'js':
      return rng.pick([
        [`export function ${a}(${b}: string) {`, `  return ${b}.trim().toLowerCase();`, '}'],
        [`import { ${a} } from './${b}.js';`],
        [`const ${a} = new Map();`, `// keep ${b} lookups O(1) for the ${c} handler`],
        [`export async function load${b[0].toUpperCase() + b.slice(1)}(id) {`, `  const res = await fetch(\`/api/${b}s/\${id}\`);`, '  if (!res.ok) throw new Error(`load failed: ${res.status}`);', '  return res.json();', '}'],
        [`  timeoutMs: ${rng.range(1, 60) * 1000},`, `  retries: ${rng.range(0, 5)},`],
      ]);
    case 'py':
      return rng.pick([
        [`def ${b}_${c}(${b}):`, `    """Return the ${c} for a ${b}."""`, `    return ${b}.get("${c}")`],
        [`import ${b}`, `from .${c} import ${a}`],
        [`LOG_LEVEL = "info"`, `MAX_${b.toUpperCase()}S = ${rng.range(10, 500)}`],
        [`class ${a[0].toUpperCase() + a.slice(1)}:`, `    def __init__(self, ${b}):`, `        self.${b} = ${b}`],
      ]);
    case 'go':
      return rng.pick([
        [`func ${a}(${b} string) error {`, `\tif ${b} == "" {`, `\t\treturn errors.New("empty ${b}")`, '\t}', '\treturn nil', '}'],
        [`// ${a} keeps the ${c} state per ${b}.`, `type ${a[0].toUpperCase() + a.slice(1)} struct {`, `\t${b[0].toUpperCase() + b.slice(1)} string`, '}'],
        [`const default${a[0].toUpperCase() + a.slice(1)}Timeout = ${rng.range(1, 30)} * time.Second`],
      ]);
    case 'java':
      return rng.pick([
        [`    public String get${a[0].toUpperCase() + a.slice(1)}() {`, `        return this.${b};`, '    }'],
        [`    private int ${b}Count = ${rng.range(0, 100)};`],
        [`    // ${c} handling for ${b}`],
      ]);
    case 'env':
      return rng.pick([[`NODE_ENV=production`], [`LOG_LEVEL=${rng.pick(['info', 'debug', 'warn'])}`], [`PORT=${rng.range(3000, 9000)}`], [`# ${b} ${c} settings`], [`${b.toUpperCase()}_HOST=${b}.internal`]]);
    case 'sh':
      return rng.pick([['set -euo pipefail'], [`echo "deploying ${b} to ${c}"`], [`kubectl rollout status deploy/${b}-${c} --timeout=120s`], [`if [ -z "\${1:-}" ]; then echo "usage: $0 <${b}>"; exit 2; fi`]]);
    case 'docker':
      return rng.pick([[`RUN npm ci --omit=dev`], [`COPY ${b}/ /app/${b}/`], [`WORKDIR /app`], [`EXPOSE ${rng.range(3000, 9000)}`]]);
    case 'yaml':
      return rng.pick([[`replicas: ${rng.range(1, 6)}`], [`log_level: info`], [`${b}:`, `  enabled: true`, `  ${c}: ${rng.range(1, 100)}`], [`# ${b} ${c}`], [`image: ghcr.io/acme/${b}-${c}:1.${rng.range(0, 30)}.${rng.range(0, 9)}`]]);
    case 'json':
      return rng.pick([[`"${b}": "${c}"`], [`"${cw(rng)}": ${rng.range(1, 1000)}`], [`"${b}Enabled": ${rng.pick(['true', 'false'])}`]]);
    case 'tf':
      return rng.pick([[`  ${b}_${c} = "${b}-${c}"`], [`  count = ${rng.range(1, 3)}`], [`  tags = { team = "${b}" }`]]);
    case 'xml':
      return rng.pick([[`    <add key="${a}" value="${c}" />`], [`  <!-- ${b} ${c} -->`], [`  <${b}>${c}</${b}>`]]);
    case 'ini':
    case 'toml':
      return [`${b}_${c} = ${syntax === 'toml' ? `"${c}"` : c}`];
    case 'properties':
      return [`${b}.${c}.enabled=${rng.pick(['true', 'false'])}`];
    case 'md':
      return rng.pick([[`The ${b} service sends ${c} events to the ${w(rng)} queue.`, ''], [`## ${b[0].toUpperCase() + b.slice(1)} ${c}`, ''], [`- run \`make ${b}\` before the ${c} step`]]);
  }
}
