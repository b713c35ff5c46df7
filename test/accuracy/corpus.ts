/**
 * The labelled accuracy corpus, built at run time from a seed: realistic files
 * of many syntaxes holding planted true secrets and hard negatives. Labels say
 * where each planted thing is and what kind it is — never its value.
 */
import { ecPem, rsaPem } from './formats.js';
import { ALL_SYNTAXES, type Item, type ItemFamily, type Syntax } from './item.js';
import { NEGATIVE_FAMILIES } from './negatives.js';
import { POSITIVE_FAMILIES, strongPassword } from './positives.js';
import { filler, renderAssign, type Placed } from './render.js';
import { ALNUM, HEX, Rng } from './rng.js';

export interface CorpusFile {
  path: string;
  text: string;
}

export interface CorpusLabel {
  path: string;
  /** 1-based line carrying the planted thing (first line for multi-line values). */
  line: number;
  /** Last line of a multi-line value (= line otherwise). */
  endLine: number;
  kind: string;
  /** true: a real (synthetic) credential a scanner must report; false: a hard negative it must not. */
  secret: boolean;
}

export interface Corpus {
  files: CorpusFile[];
  labels: CorpusLabel[];
}

interface Group {
  syntax: Syntax;
  items: Item[];
}

/** A file under construction: lines plus labels relative to them. */
class FileBuilder {
  readonly lines: string[] = [];
  readonly labels: Omit<CorpusLabel, 'path'>[] = [];

  push(...lines: string[]): void {
    this.lines.push(...lines);
  }

  place(p: Placed, indent = ''): void {
    const base = this.lines.length;
    this.lines.push(...p.lines.map((l) => indent + l));
    if (p.item) {
      checkPlacement(p);
      this.labels.push({ line: base + p.at + 1, endLine: base + p.at + p.span, kind: p.item.kind, secret: p.item.secret });
    }
  }

  text(): string {
    return this.lines.join('\n') + '\n';
  }
}

/** The labelled line must really hold the value (checked without ever printing it). */
function checkPlacement(p: Placed): void {
  const it = p.item;
  if (!it || !it.value) return;
  const first = it.value.split('\n')[0];
  const line = p.lines[p.at] ?? '';
  if (!line.includes(first) && !line.includes(first.replace(/&/g, '&amp;'))) throw new Error(`corpus: ${it.kind} is not on its labelled line`);
}

function placeItem(rng: Rng, syntax: Syntax, item: Item): Placed {
  if (item.lines) return { lines: item.lines, at: item.at ?? 0, span: 1, item };
  return { ...renderAssign(rng, syntax, item), item };
}

// ---------------------------------------------------------------- paths
const WORDS = ['orders', 'billing', 'gateway', 'ingest', 'notify', 'search', 'reports', 'checkout', 'auth', 'inventory', 'payments', 'analytics', 'shipping', 'catalog'];
function pathFor(rng: Rng, syntax: Syntax, variant: string, fixture: boolean): string {
  const svc = rng.pick(WORDS);
  const base = rng.pick(['client', 'config', 'settings', 'setup', 'bootstrap', 'deploy', 'worker', 'store', 'handler', 'constants', 'env', 'main']);
  if (fixture) return `test/fixtures/${svc}/${base}.${{ ts: 'ts', js: 'js', py: 'py', go: 'go', java: 'java', env: 'env', yaml: 'yaml', json: 'json', tf: 'tf', xml: 'xml', ini: 'ini', toml: 'toml', properties: 'properties', sh: 'sh', docker: 'Dockerfile', md: 'md' }[syntax]}`;
  switch (syntax) {
    case 'ts': return `services/${svc}/src/${rng.pick(['config', 'lib', 'api'])}/${base}.ts`;
    case 'js': return rng.pick([`services/${svc}/${base}.config.js`, `scripts/${svc}-${base}.js`, `packages/${svc}/lib/${base}.js`]);
    case 'py': return rng.pick([`ml/${svc}/${base}.py`, `tools/${svc}/${base}.py`, `${svc}/settings/${rng.pick(['prod', 'base', 'staging'])}.py`]);
    case 'go': return `services/${svc}/internal/${base}/${base}.go`;
    case 'java': return `services/${svc}/src/main/java/com/acme/${svc}/${base[0].toUpperCase() + base.slice(1)}Config.java`;
    case 'env': return rng.pick([`.env`, `.env.production`, `services/${svc}/.env`, `services/${svc}/.env.local`, `deploy/${svc}.env`]);
    case 'yaml':
      if (variant === 'compose') return rng.pick(['docker-compose.yml', `docker-compose.${rng.pick(['prod', 'ci', 'override'])}.yml`, `services/${svc}/docker-compose.yaml`]);
      if (variant === 'workflow') return `.github/workflows/${rng.pick(['deploy', 'release', 'nightly', 'ci'])}-${svc}.yml`;
      if (variant === 'helm') return `deploy/helm/${svc}/values-${rng.pick(['prod', 'staging'])}.yaml`;
      if (variant === 'k8s') return `deploy/k8s/${svc}/deployment.yaml`;
      return `config/${svc}-${base}.yaml`;
    case 'json': return rng.pick([`config/${svc}.${rng.pick(['production', 'staging', 'default'])}.json`, `services/${svc}/appsettings.Production.json`, `.vscode/${svc}-launch.json`]);
    case 'tf': return rng.pick([`infra/${svc}/main.tf`, `infra/${svc}/terraform.tfvars`, `infra/modules/${svc}/variables.tf`]);
    case 'xml': return rng.pick([`services/${svc}/Web.config`, `services/${svc}/src/main/resources/${base}.xml`, `.m2/settings-${svc}.xml`]);
    case 'ini': return rng.pick([`config/${svc}.ini`, `services/${svc}/setup.cfg`, `deploy/${svc}/alembic.ini`]);
    case 'toml': return rng.pick([`services/${svc}/config.toml`, `config/${svc}.toml`]);
    case 'properties': return `services/${svc}/src/main/resources/application-${rng.pick(['prod', 'staging', 'dev'])}.properties`;
    case 'sh': return rng.pick([`scripts/${rng.pick(['deploy', 'release', 'bootstrap', 'rotate'])}-${svc}.sh`, `ops/${svc}/${base}.sh`]);
    case 'docker': return rng.pick([`services/${svc}/Dockerfile`, `Dockerfile.${svc}`]);
    case 'md': return rng.pick([`docs/${svc}-${rng.pick(['setup', 'runbook', 'onboarding'])}.md`, `services/${svc}/README.md`, `docs/adr/00${rng.range(1, 9)}-${svc}.md`]);
  }
}

// ---------------------------------------------------------------- frames
/** Lays out groups in a file of `syntax` with filler around them. */
function frameFile(rng: Rng, syntax: Syntax, groups: Group[], fixture: boolean): { variant: string; fb: FileBuilder } {
  const fb = new FileBuilder();
  const fill = (p = 0.6) => {
    if (rng.chance(p)) fb.push(...filler(rng, syntax));
  };
  const placedAll = syntax === 'md' ? [] : groups.flatMap((g) => g.items.map((it) => placeItem(rng, syntax, it)));
  let variant = '';
  switch (syntax) {
    case 'ts':
    case 'js': {
      fb.push(`import { ${rng.pick(['z', 'loadEnv', 'createClient'])} } from '${rng.pick(['zod', './env.js', '@acme/sdk'])}';`, '');
      const members = placedAll.filter((p) => p.lines[0].startsWith('  '));
      const top = placedAll.filter((p) => !p.lines[0].startsWith('  '));
      for (const p of top) {
        fill();
        fb.place(p);
      }
      if (members.length) {
        fb.push('', `export const ${rng.pick(['config', 'settings', 'defaults'])} = {`);
        for (const p of members) {
          if (rng.chance(0.3)) fb.push(`  ${rng.pick(['region', 'stage', 'service'])}: '${rng.pick(['eu-west-1', 'prod', 'orders'])}',`);
          fb.place(p);
        }
        fb.push('};');
      }
      fill(0.8);
      break;
    }
    case 'py': {
      fb.push('import os', '');
      const kw = placedAll.filter((p) => p.lines[0].startsWith('    '));
      for (const p of placedAll.filter((p) => !kw.includes(p))) {
        fill();
        fb.place(p);
      }
      if (kw.length) {
        fb.push('', `client = ${rng.pick(['Client', 'connect', 'Session'])}(`);
        for (const p of kw) fb.place(p);
        fb.push(')');
      }
      fill(0.8);
      break;
    }
    case 'go': {
      fb.push(`package ${rng.pick(['config', 'store', 'client'])}`, '', 'import (', '\t"os"', '\t"time"', ')', '');
      const members = placedAll.filter((p) => /^\t[A-Z]\w*: /.test(p.lines[0]));
      const body = placedAll.filter((p) => p.lines[0].startsWith('\t') && !members.includes(p));
      for (const p of placedAll.filter((p) => !p.lines[0].startsWith('\t'))) {
        fill();
        fb.place(p);
      }
      if (members.length) {
        fb.push('', 'var defaultConfig = Config{');
        for (const p of members) fb.place(p);
        fb.push('}');
      }
      if (body.length) {
        fb.push('', 'func init() {');
        for (const p of body) fb.place(p);
        fb.push('}');
      }
      fill(0.8);
      break;
    }
    case 'java': {
      fb.push('package com.acme.config;', '', 'import java.util.Properties;', '', `public class ${rng.pick(['AppConfig', 'ClientSettings', 'Defaults'])} {`);
      const inMethod = placedAll.filter((p) => p.lines[0].startsWith('        '));
      for (const p of placedAll.filter((p) => !inMethod.includes(p))) {
        fill();
        fb.place(p);
      }
      if (inMethod.length) {
        fb.push('', '    public Properties load() {', '        Properties props = new Properties();');
        for (const p of inMethod) fb.place(p);
        fb.push('        return props;', '    }');
      }
      fb.push('}');
      break;
    }
    case 'yaml': {
      // secretKeyRef snippets only make sense in a Deployment's env list
      const needsK8s = groups.some((g) => g.items.some((it) => it.kind === 'secret-name-reference'));
      variant = needsK8s ? 'k8s' : fixture ? 'plain' : rng.pick(['plain', 'compose', 'workflow', 'helm', 'k8s']);
      let indent = '';
      if (variant === 'compose') {
        fb.push('services:', `  ${rng.pick(['api', 'worker', 'web'])}:`, `    image: ghcr.io/acme/${rng.pick(WORDS)}:${rng.range(1, 9)}.${rng.range(0, 20)}`, '    ports:', `      - "${rng.range(3000, 9000)}:8080"`, '    environment:');
        indent = '      ';
      } else if (variant === 'workflow') {
        fb.push(`name: ${rng.pick(['deploy', 'release', 'nightly'])}`, 'on:', '  push:', '    branches: [main]', 'jobs:', '  deploy:', '    runs-on: ubuntu-latest', '    env:');
        indent = '      ';
      } else if (variant === 'helm') {
        fb.push(`replicaCount: ${rng.range(1, 5)}`, 'app:', '  secrets:');
        indent = '    ';
      } else if (variant === 'k8s') {
        fb.push('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${rng.pick(WORDS)}`, 'spec:', '  template:', '    spec:', '      containers:', '        - name: app', '          env:');
        indent = '            ';
      }
      for (const p of placedAll) {
        if (variant === 'plain') fill();
        if (variant === 'k8s' && !p.item?.lines) {
          // env entries of a container: "- name: X" then "value: ..."
          const [key, ...rest] = p.lines[0].split(': ');
          fb.push(`${indent}- name: ${key.toUpperCase()}`);
          fb.place({ ...p, lines: [`value: ${rest.join(': ')}`, ...p.lines.slice(1)] }, indent + '  ');
        } else if (variant === 'k8s') {
          fb.push(`${indent}- name: ${rng.pick(['DB_PASSWORD', 'API_TOKEN'])}`);
          fb.place(p, indent);
        } else fb.place(p, indent);
      }
      if (variant === 'workflow') fb.push('    steps:', '      - uses: actions/checkout@v4', '      - run: ./scripts/deploy.sh');
      if (variant === 'compose') fb.push('    restart: unless-stopped');
      break;
    }
    case 'json': {
      const entries: { lines: string[]; p?: Placed }[] = [];
      for (const p of placedAll) {
        if (rng.chance(0.5)) entries.push({ lines: filler(rng, 'json') });
        entries.push({ lines: p.lines, p });
      }
      fb.push('{');
      entries.forEach((e, i) => {
        const comma = i < entries.length - 1 ? ',' : '';
        const lines = e.lines.map((l, j) => '  ' + l + (j === e.lines.length - 1 ? comma : ''));
        if (e.p) fb.place({ ...e.p, lines });
        else fb.push(...lines);
      });
      fb.push('}');
      break;
    }
    case 'tf': {
      const kind = rng.pick(['resource "aws_db_instance" "main"', 'provider "aws"', 'module "app"', 'resource "kubernetes_secret" "app"']);
      fb.push(`${kind} {`);
      for (const p of placedAll) {
        fill(0.4);
        fb.place(p);
      }
      fb.push('}');
      break;
    }
    case 'xml': {
      fb.push('<?xml version="1.0" encoding="utf-8"?>', '<configuration>', '  <appSettings>');
      for (const p of placedAll) {
        fill(0.4);
        fb.place(p);
      }
      fb.push('  </appSettings>', '</configuration>');
      break;
    }
    case 'ini':
    case 'toml': {
      fb.push(`[${rng.pick(['database', 'default', 'app', 'auth', 'server'])}]`);
      placedAll.forEach((p, i) => {
        if (i && rng.chance(0.3)) fb.push('', `[${rng.pick(['cache', 'mail', 'upstream', 'queue'])}]`);
        fill(0.5);
        fb.place(p);
      });
      break;
    }
    case 'env':
    case 'properties':
      fb.push(`# ${rng.pick(['production', 'staging', 'local'])} settings`);
      for (const p of placedAll) {
        fill(0.5);
        fb.place(p);
      }
      break;
    case 'sh':
      fb.push('#!/usr/bin/env bash', 'set -euo pipefail', '');
      for (const p of placedAll) {
        fill(0.5);
        fb.place(p);
      }
      break;
    case 'docker':
      fb.push(`FROM ${rng.pick(['node:20-slim', 'python:3.12-slim', 'golang:1.22 AS build'])}`, 'WORKDIR /app');
      for (const p of placedAll) {
        fill(0.6);
        fb.place(p);
      }
      fb.push(`CMD ["${rng.pick(['node', 'python', './server'])}", "${rng.pick(['dist/index.js', 'main.py', '--port=8080'])}"]`);
      break;
    case 'md': {
      fb.push(`# ${rng.pick(WORDS)} ${rng.pick(['setup', 'runbook', 'operations'])}`, '');
      for (const g of groups) {
        fill(0.8);
        const prose = g.items.filter((it) => it.lines && it.kind === 'token-prefix-doc');
        for (const it of prose) {
          fb.place({ lines: it.lines ?? [], at: it.at ?? 0, span: 1, item: it });
          fb.push('');
        }
        const rest = g.items.filter((it) => !prose.includes(it));
        if (!rest.length) continue;
        const inner: Syntax = rest.some((it) => it.lines) ? 'sh' : rng.pick(['env', 'sh', 'yaml', 'json']);
        fb.push('```' + (inner === 'env' ? 'dotenv' : inner === 'sh' ? 'bash' : inner));
        for (const it of rest) {
          const p = placeItem(rng, inner, it);
          fb.place(inner === 'json' ? { ...p, lines: p.lines.map((l) => l + ',') } : p);
        }
        fb.push('```', '');
      }
      break;
    }
  }
  return { variant, fb };
}

// ---------------------------------------------------------------- special files
function lockfile(rng: Rng): FileBuilder {
  const fb = new FileBuilder();
  const name = rng.pick(WORDS);
  fb.push('{', `  "name": "@acme/${name}",`, '  "version": "1.0.0",', '  "lockfileVersion": 3,', '  "requires": true,', '  "packages": {');
  const pkgs = ['lodash', 'express', 'debug', 'ms', 'semver', 'chalk', 'yaml', 'zod', 'commander', 'ws', 'undici', 'tslib', 'picomatch', 'braces', 'fill-range', 'micromatch', 'glob', 'minimatch', 'lru-cache', 'uuid', 'dotenv', 'axios', 'follow-redirects', 'form-data'];
  const chosen = rng.shuffle([...pkgs]).slice(0, 20);
  chosen.forEach((p, i) => {
    const v = `${rng.range(1, 9)}.${rng.range(0, 20)}.${rng.range(0, 12)}`;
    fb.push(`    "node_modules/${p}": {`, `      "version": "${v}",`, `      "resolved": "https://registry.npmjs.org/${p}/-/${p}-${v}.tgz",`);
    fb.place({ lines: [`      "integrity": "sha512-${rng.bytes(64).toString('base64')}",`], at: 0, span: 1, item: { kind: 'lockfile-integrity', secret: false, name: 'integrity', value: '' } });
    fb.push('      "license": "MIT"', i < chosen.length - 1 ? '    },' : '    }');
  });
  fb.push('  }', '}');
  return fb;
}

function goSum(rng: Rng): FileBuilder {
  const fb = new FileBuilder();
  const mods = ['github.com/google/uuid', 'github.com/spf13/viper', 'golang.org/x/sync', 'github.com/jackc/pgx/v5', 'go.uber.org/zap', 'github.com/redis/go-redis/v9', 'google.golang.org/grpc', 'github.com/stretchr/testify', 'golang.org/x/crypto', 'github.com/prometheus/client_golang'];
  for (const m of mods) {
    const v = `v${rng.range(0, 5)}.${rng.range(0, 30)}.${rng.range(0, 9)}`;
    const item: Item = { kind: 'go-sum-hash', secret: false, name: 'h1', value: '' };
    fb.place({ lines: [`${m} ${v} h1:${rng.bytes(32).toString('base64')}`], at: 0, span: 1, item });
    fb.push(`${m} ${v}/go.mod h1:${rng.bytes(32).toString('base64')}`);
  }
  return fb;
}

function terraformLock(rng: Rng): FileBuilder {
  const fb = new FileBuilder();
  fb.push('# This file is maintained automatically by "terraform init".', '# Manual edits may be lost in future updates.', '');
  for (const p of ['hashicorp/aws', 'hashicorp/random', 'hashicorp/kubernetes']) {
    fb.push(`provider "registry.terraform.io/${p}" {`, `  version     = "${rng.range(2, 5)}.${rng.range(0, 40)}.0"`, '  hashes = [');
    fb.place({ lines: [`    "h1:${rng.bytes(32).toString('base64')}",`], at: 0, span: 1, item: { kind: 'terraform-lock-hash', secret: false, name: 'h', value: '' } });
    for (let i = 0; i < 3; i++) fb.place({ lines: [`    "zh:${rng.bytes(32).toString('hex')}",`], at: 0, span: 1, item: { kind: 'terraform-lock-hash', secret: false, name: 'h', value: '' } });
    fb.push('  ]', '}', '');
  }
  return fb;
}

function stylesheet(rng: Rng): FileBuilder {
  const fb = new FileBuilder();
  fb.push(':root {');
  for (let i = 0; i < 15; i++) {
    const name = rng.pick(['--color-token-bg', '--secret-badge', '--key-highlight', '--primary', '--password-strength-weak', '--auth-border', '--api-status-ok']) + `-${i}`;
    fb.place({ lines: [`  ${name}: #${rng.str(HEX, rng.pick([3, 6, 8]))};`], at: 0, span: 1, item: { kind: 'css-color', secret: false, name, value: '' } });
  }
  fb.push('}', '', '.token-input {', '  font-family: ui-monospace, monospace;', '}');
  return fb;
}

function i18n(_rng: Rng, lang: 'en' | 'de'): FileBuilder {
  const fb = new FileBuilder();
  const en: [string, string][] = [
    ['auth.password.label', 'Password'], ['auth.password.placeholder', 'Enter your password'], ['auth.password.reset', 'Reset your password'],
    ['auth.token.expired', 'Your session token has expired'], ['settings.api_key.title', 'API key'], ['settings.api_key.help', 'Create a new API key to access the API'],
    ['settings.secret.rotate', 'Rotate secret'], ['errors.invalid_token', 'The access token is invalid'], ['errors.password_too_short', 'Password must be at least 12 characters'],
    ['settings.token.copy', 'Copy token'], ['auth.private_key.upload', 'Upload your private key'], ['billing.secret_word', 'Secret word'],
    ['auth.2fa.recovery_codes', 'Recovery codes'], ['settings.webhook.secret', 'Webhook signing secret'], ['auth.login.credentials', 'Invalid credentials'],
  ];
  const de = ['Passwort', 'Passwort eingeben', 'Passwort zurücksetzen', 'Ihr Sitzungstoken ist abgelaufen', 'API-Schlüssel', 'Neuen API-Schlüssel erstellen', 'Geheimnis rotieren', 'Das Zugriffstoken ist ungültig', 'Das Passwort muss mindestens 12 Zeichen lang sein', 'Token kopieren', 'Privaten Schlüssel hochladen', 'Geheimwort', 'Wiederherstellungscodes', 'Webhook-Signaturgeheimnis', 'Ungültige Anmeldedaten'];
  fb.push('{');
  en.forEach(([k, v], i) => {
    const text = lang === 'en' ? v : de[i];
    fb.place({ lines: [`  "${k}": "${text}"${i < en.length - 1 ? ',' : ''}`], at: 0, span: 1, item: { kind: 'i18n-string', secret: false, name: k, value: '' } });
  });
  fb.push('}');
  return fb;
}

function gcpServiceAccount(rng: Rng, i: number): FileBuilder {
  const fb = new FileBuilder();
  const project = `${rng.pick(WORDS)}-prod-${rng.range(100000, 999999)}`;
  const sa = `${rng.pick(['deployer', 'ci-runner', 'bigquery-etl'])}@${project}.iam.gserviceaccount.com`;
  const key = i % 2 ? rsaPem(rng, 'pkcs8') : ecPem(rng, 'pkcs8');
  fb.push('{', '  "type": "service_account",', `  "project_id": "${project}",`);
  fb.place({ lines: [`  "private_key_id": "${rng.str(HEX, 40)}",`], at: 0, span: 1, item: { kind: 'gcp-private-key-id', secret: false, name: 'private_key_id', value: '' } });
  fb.place({ lines: [`  "private_key": "${key.replace(/\n/g, '\\n')}\\n",`], at: 0, span: 1, item: { kind: 'gcp-service-account', secret: true, name: 'private_key', value: '' } });
  fb.push(`  "client_email": "${sa}",`, `  "client_id": "${rng.range(1, 9)}${rng.str('0123456789', 20)}",`, '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",', '  "token_uri": "https://oauth2.googleapis.com/token",', '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",', `  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(sa)}",`, '  "universe_domain": "googleapis.com"', '}');
  return fb;
}

function k8sSecret(rng: Rng): FileBuilder {
  const fb = new FileBuilder();
  fb.push('apiVersion: v1', 'kind: Secret', 'metadata:', `  name: ${rng.pick(WORDS)}-credentials`, `  namespace: ${rng.pick(['prod', 'default', 'payments'])}`, 'type: Opaque', 'data:');
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const entries: Placed[] = [
    { lines: [`  ${rng.pick(['password', 'db-password', 'POSTGRES_PASSWORD'])}: ${b64(strongPassword(rng))}`], at: 0, span: 1, item: { kind: 'k8s-secret-data', secret: true, name: 'password', value: '' } },
    { lines: [`  ${rng.pick(['api-key', 'API_TOKEN', 'client-secret'])}: ${b64(rng.str(ALNUM, rng.range(32, 40)))}`], at: 0, span: 1, item: { kind: 'k8s-secret-data', secret: true, name: 'api_key', value: '' } },
    { lines: [`  ${rng.pick(['username', 'db-user'])}: ${b64(rng.pick(['postgres', 'admin', 'app']))}`], at: 0, span: 1, item: { kind: 'k8s-nonsecret-data', secret: false, name: 'username', value: '' } },
    { lines: [`  ${rng.pick(['port', 'db-port', 'sslmode', 'enabled'])}: ${b64(rng.pick(['5432', '3306', 'require', 'true']))}`], at: 0, span: 1, item: { kind: 'k8s-nonsecret-data', secret: false, name: 'port', value: '' } },
  ];
  for (const e of rng.shuffle(entries)) fb.place(e);
  return fb;
}

function npmrc(rng: Rng, live: boolean): FileBuilder {
  const fb = new FileBuilder();
  fb.push('@acme:registry=https://npm.pkg.github.com', 'save-exact=true');
  const token = live ? POSITIVE_FAMILIES.find((f) => f.kind === 'npm-token')?.make(rng, 'ini')[0].value ?? '' : '${NPM_TOKEN}';
  fb.place({ lines: [`//registry.npmjs.org/:_authToken=${token}`], at: 0, span: 1, item: { kind: live ? 'npm-token' : 'env-interpolation', secret: live, name: 'token', value: '' } });
  return fb;
}

function pypirc(rng: Rng): FileBuilder {
  const fb = new FileBuilder();
  const token = POSITIVE_FAMILIES.find((f) => f.kind === 'pypi-token')?.make(rng, 'ini')[0].value ?? '';
  fb.push('[distutils]', 'index-servers =', '    pypi', '', '[pypi]', 'username = __token__');
  fb.place({ lines: [`password = ${token}`], at: 0, span: 1, item: { kind: 'pypi-token', secret: true, name: 'password', value: '' } });
  return fb;
}

function packageJson(rng: Rng): FileBuilder {
  const fb = new FileBuilder();
  fb.push('{', `  "name": "@acme/${rng.pick(WORDS)}",`, `  "version": "${rng.range(0, 3)}.${rng.range(0, 20)}.${rng.range(0, 9)}",`, '  "type": "module",', '  "scripts": {', '    "build": "tsc -p .",', '    "test": "vitest run"', '  },', '  "dependencies": {', '    "zod": "^3.23.8",', '    "undici": "^6.19.2"', '  },', `  "packageManager": "pnpm@9.${rng.range(0, 9)}.0+sha512.${rng.bytes(64).toString('hex')}"`, '}');
  return fb;
}

// ---------------------------------------------------------------- build
function pickSyntax(rng: Rng, fam: ItemFamily): Syntax {
  const allowed = fam.syntaxes ?? ALL_SYNTAXES;
  return rng.pick(allowed);
}

/** Builds the labelled corpus for `seed`. Deterministic: same seed, same bytes. */
export function buildCorpus(seed: string | number = 1): Corpus {
  const rng = new Rng(`stanch-accuracy:${seed}`);
  const files: CorpusFile[] = [];
  const labels: CorpusLabel[] = [];
  const used = new Set<string>();
  const add = (path: string, fb: FileBuilder) => {
    // same name twice: dotfiles (.env, .npmrc) move to a sibling folder, others get a numeric suffix
    let p = path;
    const slash = path.lastIndexOf('/');
    const dir = path.slice(0, slash + 1), base = path.slice(slash + 1);
    for (let i = 2; used.has(p); i++) p = base.startsWith('.') ? `${dir}v${i}/${base}` : dir + base.replace(/(\.[^.]+)?$/, (ext) => `-${i}${ext}`);
    used.add(p);
    files.push({ path: p, text: fb.text() });
    for (const l of fb.labels) labels.push({ path: p, ...l });
  };

  // groups of items, bucketed by syntax (fixtures apart: they go under test/fixtures/)
  const buckets = new Map<string, Group[]>();
  for (const fam of [...POSITIVE_FAMILIES, ...NEGATIVE_FAMILIES]) {
    const frng = rng.fork(fam.kind);
    for (let i = 0; i < fam.count; i++) {
      const syntax = pickSyntax(frng, fam);
      const items = fam.make(frng, syntax);
      checkValues(items);
      const key = `${fam.fixture ? 'fixture:' : ''}${syntax}`;
      buckets.set(key, [...(buckets.get(key) ?? []), { syntax, items }]);
    }
  }
  const lrng = rng.fork('layout');
  for (const [key, groups] of [...buckets.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const fixture = key.startsWith('fixture:');
    const syntax = groups[0].syntax;
    lrng.shuffle(groups);
    for (let i = 0; i < groups.length; ) {
      const n = lrng.range(2, 7);
      const chunk = groups.slice(i, i + n);
      i += n;
      const { variant, fb } = frameFile(lrng, syntax, chunk, fixture);
      add(pathFor(lrng, syntax, variant, fixture), fb);
    }
  }

  const srng = rng.fork('special');
  for (let i = 0; i < 3; i++) add(`${i ? `services/${WORDS[i]}/` : ''}package-lock.json`, lockfile(srng));
  for (let i = 0; i < 3; i++) add(`${i ? `services/${WORDS[i]}/` : ''}package.json`, packageJson(srng));
  for (let i = 0; i < 2; i++) add(`services/${WORDS[i + 3]}/go.sum`, goSum(srng));
  add('infra/.terraform.lock.hcl', terraformLock(srng));
  add('web/src/styles/theme.css', stylesheet(srng));
  add('web/src/styles/auth.css', stylesheet(srng));
  add('web/src/i18n/en.json', i18n(srng, 'en'));
  add('web/src/i18n/de.json', i18n(srng, 'de'));
  for (let i = 0; i < 4; i++) add(`deploy/gcp/${WORDS[i]}-sa-key.json`, gcpServiceAccount(srng, i));
  for (let i = 0; i < 4; i++) add(`deploy/k8s/${WORDS[i + 4]}/secret.yaml`, k8sSecret(srng));
  add('.npmrc', npmrc(srng, true));
  add('services/gateway/.npmrc', npmrc(srng, true));
  add('services/search/.npmrc', npmrc(srng, false));
  add('packages/sdk/.npmrc', npmrc(srng, false));
  add('.pypirc', pypirc(srng));
  add('tools/release/.pypirc', pypirc(srng));

  verifyLabels(files, labels);
  return { files, labels };
}

/** Values must be renderable as-is (no quotes or backslashes that would change shape per syntax). */
function checkValues(items: Item[]): void {
  for (const it of items) {
    if (!it.expr && /["\\`]/.test(it.value) && it.kind !== 'function-call') throw new Error(`corpus: ${it.kind} value has a quote or backslash`);
  }
}

/** Self-check: every label points inside its file. (Values are checked without ever being printed.) */
function verifyLabels(files: CorpusFile[], labels: CorpusLabel[]): void {
  const lineCounts = new Map(files.map((f) => [f.path, f.text.split('\n').length - 1]));
  const seen = new Set<string>();
  for (const l of labels) {
    const n = lineCounts.get(l.path);
    if (n === undefined || l.line < 1 || l.endLine > n || l.endLine < l.line) throw new Error(`corpus: label ${l.kind} outside ${l.path}:${l.line}`);
    const key = `${l.path}:${l.line}`;
    if (seen.has(key)) throw new Error(`corpus: two labels on ${key}`);
    seen.add(key);
  }
}
