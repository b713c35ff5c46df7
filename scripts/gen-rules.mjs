#!/usr/bin/env node
// Reads src/rules/builtin/*.toml (sorted), drops `samples`, and writes
// src/rules/generated/builtin-rules.ts: the parsed raw rule tables as JSON-literal data, so the
// bundle needs no TOML parser or file access at run time. Output is deterministic.
// Every regex (rule regex/path, allowlist regexes/paths) is compiled here with re2js and
// `secretGroup` is checked against its group count, so the run-time loader (src/rules/load.ts
// builtinRules()) only checks structure and does not pay ~0.4 s of re2js compiles per start-up.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RE2JS } from 're2js';
import { parse } from 'smol-toml';
import { tsImport } from 'tsx/esm/api';

function fail(msg) {
  console.error(`gen-rules: ${msg}`);
  process.exit(2);
}

const { re2ToJs } = await tsImport('../src/engine/regex/re2-to-js.ts', import.meta.url);
const { keywordFollowChars, keywordLead, keywordLeadChars, keywordWindow, maxMatchUnits } = await tsImport('./lib/keyword-window.ts', import.meta.url);
/** Every regex's V8 translation, ahead of time (src/engine/regex/re2-to-js.ts addKnownTranslations). */
const translations = new Map();
function translateAhead(pattern) {
  if (translations.has(pattern)) return;
  try {
    const js = re2ToJs(pattern);
    translations.set(pattern, [pattern, js.source, js.flags, js.groupCount, js.exactCaptures ? 1 : 0]);
  } catch {
    translations.set(pattern, [pattern, null]);
  }
}

/** Compiles with re2js like src/rules/load.ts checkRe2; returns the group count. */
function checkRe2(pattern, where, field) {
  if (typeof pattern !== 'string') fail(`${where}: field "${field}" must be a string`);
  try {
    translateAhead(pattern);
    return RE2JS.compile(pattern).groupCount();
  } catch (err) {
    fail(`${where}: field "${field}" is not a valid RE2 regex: ${String(err && err.message).split('\n')[0]}`);
  }
}

function checkAllowlists(list, where) {
  if (list === undefined) return;
  for (const [i, a] of (Array.isArray(list) ? list : [list]).entries()) {
    const at = `${where} allowlists[${i}]`;
    (Array.isArray(a?.regexes) ? a.regexes : []).forEach((r, k) => checkRe2(r, at, `regexes[${k}]`));
    (Array.isArray(a?.paths) ? a.paths : []).forEach((r, k) => checkRe2(r, at, `paths[${k}]`));
  }
}

function checkRule(rule, source) {
  const where = `${source}: rule "${rule.id}"`;
  const groups = rule.regex !== undefined ? checkRe2(rule.regex, where, 'regex') : 0;
  if (rule.path !== undefined) checkRe2(rule.path, where, 'path');
  const g = rule.secretGroup;
  if (g !== undefined && (!Number.isInteger(g) || g < 0 || g > groups)) {
    fail(`${where}: field "secretGroup" must be an integer between 0 and ${groups}`);
  }
  checkAllowlists(rule.allowlists, where);
  checkAllowlists(rule.allowlist, where);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'src/rules/builtin');
const outFile = path.join(root, 'src/rules/generated/builtin-rules.ts');

const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.toml')).sort() : [];
const data = [];
/** Rule id -> keyword window (scripts/lib/keyword-window.ts), for the rules that can have one. */
const windows = {};
/** Rule id -> longest match in UTF-16 units, for the rules whose matches are bounded. */
const maxMatches = {};
/** Rule id -> the most units from a match's start to the end of its first keyword (rules whose every match holds a keyword, where that is bounded). */
const leads = {};
const leadCharsOf = {};
const followCharsOf = {};
const sortedObject = (o) => JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1))));
for (const file of files) {
  const source = `src/rules/builtin/${file}`;
  let doc;
  try {
    doc = parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  } catch (err) {
    const where = err && typeof err.line === 'number' ? `:${err.line}` : '';
    console.error(`gen-rules: ${source}${where}: invalid TOML: ${String(err.message).split('\n')[0]}`);
    process.exit(2);
  }
  const rules = Array.isArray(doc.rules) ? doc.rules.map(({ samples: _samples, ...rule }) => rule) : [];
  for (const rule of rules) {
    checkRule(rule, source);
    const w = rule.regex !== undefined && Array.isArray(rule.keywords) ? keywordWindow(rule.regex, rule.keywords) : null;
    if (w !== null) windows[rule.id] = w;
    const lead = rule.regex !== undefined && Array.isArray(rule.keywords) ? keywordLead(rule.regex, rule.keywords) : null;
    if (lead !== null) leads[rule.id] = lead;
    const leadChars = lead !== null ? keywordLeadChars(rule.regex, rule.keywords) : null;
    if (leadChars !== null) leadCharsOf[rule.id] = leadChars;
    const followChars = lead !== null ? keywordFollowChars(rule.regex, rule.keywords) : null;
    if (followChars !== null) followCharsOf[rule.id] = followChars;
    const longest = rule.regex !== undefined ? maxMatchUnits(rule.regex) : null;
    if (longest !== null) maxMatches[rule.id] = longest;
  }
  checkAllowlists(doc.allowlists, source);
  const entry = { source, rules };
  if (Array.isArray(doc.allowlists)) entry.allowlists = doc.allowlists;
  data.push(entry);
}

const body =
  '// GENERATED by scripts/gen-rules.mjs from src/rules/builtin/*.toml. Do not edit.\n' +
  'export interface BuiltinRuleFile {\n  source: string;\n  rules: Record<string, unknown>[];\n  allowlists?: Record<string, unknown>[];\n}\n\n' +
  `export const builtinRuleFiles: BuiltinRuleFile[] = ${JSON.stringify(data, null, 2)};\n\n` +
  '/** Rule id -> [before, after]: UTF-16 units around the end of its first keyword a match lies within ([0, 0]: its line). */\n' +
  `export const builtinKeywordWindows: Record<string, readonly [number, number]> = ${sortedObject(windows)};\n\n` +
  '/** Rule id -> the most UTF-16 units from a match\'s start to the end of the first keyword it holds (rules whose every match holds a keyword, where that is bounded), or \'line\': the start of the keyword\'s line. */\n' +
  `export const builtinKeywordLeads: Record<string, number | 'line'> = ${sortedObject(leads)};\n\n` +
  '/** Rule id -> the chars a match can read up to the end of its first keyword (rules with a lead, when not every char). */\n' +
  `export const builtinKeywordLeadChars: Record<string, { ascii: string; nonAscii: boolean }> = ${sortedObject(leadCharsOf)};\n\n` +
  '/** Rule id -> the chars a match must read right after its first keyword (rules with a lead, when it must read one and not every char can be it). */\n' +
  `export const builtinKeywordFollowChars: Record<string, { ascii: string; nonAscii: boolean }> = ${sortedObject(followCharsOf)};\n\n` +
  '/** Rule id -> the longest match in UTF-16 units (rules whose matches are bounded). */\n' +
  `export const builtinMaxMatch: Record<string, number> = ${sortedObject(maxMatches)};\n\n` +
  '/** [RE2 pattern, JavaScript source, flags, group count, exact captures 1/0] or [RE2 pattern, null] when not translatable. */\n' +
  `export const builtinTranslations: readonly (readonly [string, string, string, number, 0 | 1] | readonly [string, null])[] = ${JSON.stringify([...translations.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))};\n`;
fs.mkdirSync(path.dirname(outFile), { recursive: true });
const tmp = `${outFile}.${process.pid}.tmp`;
fs.writeFileSync(tmp, body);
fs.renameSync(tmp, outFile);
console.log(`gen-rules: ${data.reduce((n, f) => n + f.rules.length, 0)} rules from ${files.length} files (${Object.keys(windows).length} run in keyword windows, ${Object.keys(leads).length} only near their keywords, ${Object.keys(maxMatches).length} bounded)`);
