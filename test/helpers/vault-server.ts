/**
 * A real Vault-API server for the tests: a dev-mode server on 127.0.0.1 with a free port and a
 * random root token, started from the binary that scripts/vault-server.sh builds and caches.
 * Without a binary the tests can run against an existing server given by VAULT_ADDR +
 * VAULT_TOKEN (then destructive cases such as sealing are skipped).
 *
 * Lookup order of the binaries: STANCH_VAULT_BIN (':'-separated), then the cache dir of scripts/vault-server.sh
 * (${STANCH_CACHE:-~/.cache/stanch}/bin/vault-*, bao-*), then `bao` / `vault` on PATH.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';

export interface VaultTestServer {
  address: string;
  rootToken: string;
  /** 'dev': we started it and may seal/stop it; 'external': someone else's, hands off. */
  kind: 'dev' | 'external';
  /** CA of a `-dev-tls` server. */
  caCertPath?: string;
  /** Sends a request with the root token (or the given one); resolves with status and JSON body. */
  api(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

function cacheDir(): string {
  return process.env.STANCH_CACHE ?? join(homedir(), '.cache', 'stanch');
}

/** Every Vault/OpenBao binary found (newest cache entry of each kind first), by kind. */
export function findVaultBinaries(): { name: string; path: string }[] {
  // What scripts/vault-server.sh prints: one path, or several joined by ':'.
  const explicit = process.env.STANCH_VAULT_BIN;
  if (explicit) {
    return explicit
      .split(':')
      .filter((p) => p !== '' && existsSync(p))
      .map((p) => ({ name: basename(p), path: p }));
  }
  const found: { name: string; path: string }[] = [];
  const bin = join(cacheDir(), 'bin');
  if (existsSync(bin)) {
    const files = readdirSync(bin).filter((f) => /^(vault|bao)-v[\d.]+$/.test(f)).sort().reverse();
    for (const kind of ['vault', 'bao']) {
      const newest = files.find((f) => f.startsWith(`${kind}-`));
      if (newest) found.push({ name: newest, path: join(bin, newest) });
    }
  }
  if (found.length > 0) return found;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['bao', 'vault']) {
      if (dir && existsSync(join(dir, name))) return [{ name, path: join(dir, name) }];
    }
  }
  return [];
}

/** The first binary found, or undefined. */
export function findVaultBinary(): string | undefined {
  return findVaultBinaries()[0]?.path;
}

/** Why Vault tests cannot run here, or undefined when they can. */
export function vaultUnavailableReason(): string | undefined {
  if (findVaultBinary()) return undefined;
  if (process.env.VAULT_ADDR && process.env.VAULT_TOKEN) return undefined;
  return 'no Vault-API server: run scripts/vault-server.sh (builds and caches one) or set VAULT_ADDR and VAULT_TOKEN';
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** One JSON request with node:http(s), trusting `ca` when given (dev-tls servers). */
function rawRequest(
  address: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
  ca?: string,
): Promise<{ status: number; body: any }> {
  const url = new URL(`${address}/v1/${path}`);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      url,
      { method, headers: payload ? { ...headers, 'Content-Type': 'application/json' } : headers, ca, agent: false },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined });
          } catch {
            resolve({ status: res.statusCode ?? 0, body: undefined });
          }
        });
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error(`test helper: ${method} ${path} timed out`)));
    req.on('error', reject);
    req.end(payload);
  });
}

function makeApi(address: string, rootToken: string, namespace?: string, ca?: () => string | undefined): VaultTestServer['api'] {
  return (method, path, body, token) => {
    const headers: Record<string, string> = { 'X-Vault-Token': token ?? rootToken };
    if (namespace) headers['X-Vault-Namespace'] = namespace;
    return rawRequest(address, method, path, headers, body, ca?.());
  };
}

async function waitReady(address: string, child: ChildProcess, output: () => string, ca: () => string | undefined): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vault dev server exited early (code ${child.exitCode}): ${output().slice(-800)}`);
    try {
      const res = await rawRequest(address, 'GET', 'sys/health', {}, undefined, ca());
      if (res.status === 200) return;
    } catch {
      // not listening yet (or the dev CA is not written yet)
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vault dev server did not become ready within 60 s: ${output().slice(-800)}`);
}

/**
 * Starts a dev server; the caller must stop() it (afterAll). With `tls`, the server runs
 * `-dev-tls` and `caCertPath` names the CA it generated.
 */
export async function startVaultDev(binary = findVaultBinary(), opts: { tls?: boolean } = {}): Promise<VaultTestServer> {
  if (!binary) throw new Error(vaultUnavailableReason());
  const port = await freePort();
  const address = `${opts.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  // Not a credential anyone uses: a per-run random root token of a throwaway dev server.
  const rootToken = `root-${randomBytes(12).toString('hex')}`;
  // A private HOME so dev mode cannot write ~/.vault-token of the user.
  const home = mkdtempSync(join(tmpdir(), 'stanch-vault-home-'));
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: home, VAULT_DISABLE_MLOCK: 'true', BAO_DISABLE_MLOCK: 'true' };
  const args = ['server', '-dev', `-dev-root-token-id=${rootToken}`, `-dev-listen-address=127.0.0.1:${port}`, '-dev-no-store-token'];
  const caCertPath = opts.tls ? join(home, 'tls', 'vault-ca.pem') : undefined;
  if (opts.tls) {
    mkdirSync(join(home, 'tls'), { mode: 0o700 });
    args.push('-dev-tls', `-dev-tls-cert-dir=${join(home, 'tls')}`);
  }
  const ca = () => (caCertPath && existsSync(caCertPath) ? readFileSync(caCertPath, 'utf8') : undefined);
  const child = spawn(binary, args, { env, cwd: home, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString('utf8')).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(home, { recursive: true, force: true });
  };
  try {
    await waitReady(address, child, () => out, ca);
  } catch (err) {
    await stop();
    throw err;
  }
  return { address, rootToken, kind: 'dev', caCertPath, api: makeApi(address, rootToken, undefined, ca), stop };
}

/** The server named by VAULT_ADDR/VAULT_TOKEN, if any. */
export function externalVault(): VaultTestServer | undefined {
  const address = process.env.VAULT_ADDR?.replace(/\/+$/, '');
  const rootToken = process.env.VAULT_TOKEN;
  if (!address || !rootToken) return undefined;
  return { address, rootToken, kind: 'external', api: makeApi(address, rootToken, process.env.VAULT_NAMESPACE), stop: async () => {} };
}

/** A dev server when a binary exists, else the external one. */
export async function vaultForTests(): Promise<VaultTestServer> {
  if (findVaultBinary()) return startVaultDev();
  const ext = externalVault();
  if (ext) return ext;
  throw new Error(vaultUnavailableReason());
}

/** `vault version` of the binary, for reports (empty when unknown). */
export function vaultBinaryVersion(binary = findVaultBinary()): string {
  if (!binary) return '';
  const res = spawnSync(binary, ['version'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  return (res.stdout ?? '').trim();
}
