/**
 * Scan mode with `rotate-leaked`, run as the runner runs the bundled Action: a push whose commit
 * adds a value that is stored in a real Vault dev server, a `[rotation]` section in the
 * repository's .stanch.toml (the default rotation config). The leaked secret gets a new Vault
 * version; the summary, the annotation and the `rotated` output say so; neither the leaked nor
 * the new value appears in any output, summary, report or audit record.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { actionBundle, runAction, type ActionRun } from './harness.js';
import { Origin, checkout, removeTempDirs, tempDir } from './git-fixture.js';
import { vaultForTests, type VaultTestServer } from '../helpers/vault-server.js';
import { fakeStripeTestKey } from '../rotation/helpers.js';

let vault: VaultTestServer;
const run = randomBytes(4).toString('hex');
const secretPath = `app-${run}/stripe`;
const URI = `vault://secret/${secretPath}#api_key`;

beforeAll(async () => {
  actionBundle();
  vault = await vaultForTests();
}, 600_000);

afterAll(async () => {
  await vault?.stop();
  removeTempDirs();
});

async function current(): Promise<{ version: number; value: string }> {
  const r = await vault.api('GET', `secret/data/${secretPath}`);
  return { version: r.body.data.metadata.version, value: r.body.data.data.api_key };
}

const rotationToml = `[rotation]
managed = ["${URI}"]

[[rotation.policies]]
match = "vault://secret/app-*/*"
generator = { kind = "prefixed", prefix = "sk_test_", length = 32 }
autoRotateOnLeak = true
`;

function pushPayload(before: string, after: string) {
  return {
    ref: 'refs/heads/main',
    before,
    after,
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    commits: [],
    head_commit: null,
    repository: { id: 1, name: 'app', full_name: 'acme/app', default_branch: 'main' },
    pusher: { name: 'ada', email: 'ada@example.test' },
  };
}

/** A repository whose last commit adds `leaked`; the push event for that commit. */
function leakingPush(leaked: string) {
  const origin = new Origin();
  const [base, head] = origin.commit('main', [
    { files: { 'README.md': '# app\n', '.stanch.toml': rotationToml } },
    { files: { 'config/payments.env': `REGION=eu\nSTRIPE_KEY=${leaked}\n` } },
  ]);
  return { ws: checkout(origin, head), payload: pushPayload(base, head) };
}

function runnerTemp(): string {
  const d = path.join(tempDir('stanch-rot-runner-'), 'temp');
  mkdirSync(d, { recursive: true });
  return d;
}

/** No text a workflow can see holds the value (mask commands aside: the runner consumes them). */
function expectNowhere(r: ActionRun, value: string, files: string[]): void {
  const printed = (r.stdout + r.stderr)
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  expect(printed).not.toContain(value);
  expect(r.summary).not.toContain(value);
  expect(JSON.stringify(r.outputs)).not.toContain(value);
  expect(r.githubEnv).not.toContain(value);
  for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toContain(value);
}

describe('the Action with rotate-leaked', () => {
  it('dry-run: marks the managed finding, plans, and changes nothing in Vault', async () => {
    const leaked = fakeStripeTestKey();
    await vault.api('POST', `secret/data/${secretPath}`, { data: { api_key: leaked, region: 'eu' } });
    const before = await current();
    const { ws, payload } = leakingPush(leaked);
    const r = await runAction({
      workspace: ws,
      eventName: 'push',
      payload,
      inputs: { 'rotate-leaked': 'dry-run', 'vault-addr': vault.address, 'vault-token': vault.rootToken },
      runnerTemp: runnerTemp(),
    });
    expect(r.stderr).toBe('');
    expect(await current()).toEqual(before);
    expect(r.outputs.rotated).toBe('0');
    expect(r.summary).toContain('### Secret rotation');
    expect(r.summary).toContain('📝 planned');
    expect(r.summary).toContain('dry run: would rotate now');
    const [ann] = r.annotations('error').filter((a) => a.props.file === 'config/payments.env');
    expect(ann?.message ?? r.annotations('warning').find((a) => a.props.file === 'config/payments.env')?.message).toContain(
      `Managed secret leaked (${URI}): not rotated, plan only`,
    );
    expectNowhere(r, leaked, [path.join(ws, 'stanch-report.json'), path.join(ws, 'stanch.sarif')]);
  }, 180_000);

  it('true: rotates the leaked Vault secret to a new version, says so everywhere, prints no value', async () => {
    const leaked = fakeStripeTestKey();
    await vault.api('POST', `secret/data/${secretPath}`, { data: { api_key: leaked, region: 'eu' } });
    const before = await current();
    const { ws, payload } = leakingPush(leaked);
    const temp = runnerTemp();
    const r = await runAction({
      workspace: ws,
      eventName: 'push',
      payload,
      // A Stripe test key is low: fail-on low makes the step fail on it.
      inputs: { 'rotate-leaked': 'true', 'vault-addr': vault.address, 'vault-token': vault.rootToken, 'fail-on': 'low' },
      runnerTemp: temp,
      env: { GITHUB_ACTOR: 'octocat' },
    });

    // Vault serves a new value in a new version; the other key is kept.
    const after = await current();
    expect(after.version).toBe(before.version + 1);
    expect(after.value).not.toBe(leaked);
    expect(after.value).toMatch(/^sk_test_[A-Za-z0-9]{32}$/);
    expect((await vault.api('GET', `secret/data/${secretPath}`)).body.data.data.region).toBe('eu');

    // The commit still holds a (now dead) secret: the step still fails on it, and says what was rotated.
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs).toMatchObject({ rotated: '1', failed: 'true', findings: '1' });
    expect(r.outputs.error).toBeUndefined();
    const failLine = r.annotations('error').find((a) => !a.props.file)!;
    expect(failLine.message).toMatch(/1 leaked managed secret rotated; failing because fail-on is 'low'/);
    const ann = [...r.annotations('error'), ...r.annotations('warning')].find((a) => a.props.file === 'config/payments.env')!;
    expect(ann.props.title).toMatch(/managed secret leaked/);
    expect(ann.message).toContain(`Managed secret leaked (${URI}): rotated to version v${after.version}.`);

    expect(r.summary).toContain('### Secret rotation');
    expect(r.summary).toContain(`| \`${URI}\` | ✅ rotated | v${before.version} → v${after.version} |`);
    expect(r.summary).toContain(`rotated to version v${after.version}`);
    expect(r.stdout).toContain(`rotation: ${URI}: rotated v${before.version} -> v${after.version}`);
    expect(r.stdout).toMatch(/^::group::stanch$/m);

    // The JSON report marks the finding too.
    const report = JSON.parse(readFileSync(path.join(ws, 'stanch-report.json'), 'utf8'));
    const finding = (Array.isArray(report) ? report : report.findings).find((f: { path: string }) => f.path === 'config/payments.env');
    expect(finding.managed).toEqual({ uri: URI, rotated: true, newVersion: `v${after.version}` });

    // One audit record for the rotation, by the workflow's actor, without values.
    const audit = readFileSync(path.join(temp, 'stanch', 'audit.jsonl'), 'utf8');
    const rotate = audit.trim().split('\n').map((l) => JSON.parse(l)).filter((x) => x.action === 'rotate');
    expect(rotate).toHaveLength(1);
    expect(rotate[0]).toMatchObject({ actor: 'github:octocat', uri: URI, outcome: 'ok' });

    const files = [path.join(ws, 'stanch-report.json'), path.join(ws, 'stanch.sarif'), path.join(temp, 'stanch', 'audit.jsonl')];
    expectNowhere(r, leaked, files);
    expectNowhere(r, after.value, files);
  }, 180_000);

  it('only plans on a pull request from a fork: the rotation config there is the fork author\'s', async () => {
    const leaked = fakeStripeTestKey();
    await vault.api('POST', `secret/data/${secretPath}`, { data: { api_key: leaked, region: 'eu' } });
    const before = await current();
    const origin = new Origin();
    const [main] = origin.commit('main', [{ files: { 'README.md': '# app\n', '.stanch.toml': rotationToml } }]);
    const [pr] = origin.commit('feature', [{ files: { 'config/payments.env': `STRIPE_KEY=${leaked}\n` } }], main);
    const merge = origin.pullMergeRef(7, main, pr);
    const repo = (fullName: string) => ({ id: 1, name: 'app', full_name: fullName, default_branch: 'main', owner: { login: fullName.split('/')[0] } });
    const payload = {
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        state: 'open',
        commits: 1,
        base: { label: 'acme:main', ref: 'main', sha: main, repo: repo('acme/app') },
        head: { label: 'eve:feature', ref: 'feature', sha: pr, repo: repo('eve/app') },
      },
      repository: repo('acme/app'),
      sender: { login: 'eve' },
    };
    const r = await runAction({
      workspace: checkout(origin, merge, { ref: 'refs/remotes/pull/7/merge' }),
      eventName: 'pull_request_target',
      payload,
      sha: merge,
      ref: 'refs/pull/7/merge',
      inputs: { 'rotate-leaked': 'true', 'vault-addr': vault.address, 'vault-token': vault.rootToken, 'pr-comment': 'false' },
      runnerTemp: runnerTemp(),
    });
    expect(await current()).toEqual(before);
    expect(r.outputs.rotated).toBe('0');
    expect(r.annotations('warning').map((a) => a.message)).toContain('stanch: rotate-leaked on a pull request from a fork: only planning (the rotation config comes from the fork)');
    expect(r.summary).toContain('📝 planned');
    expectNowhere(r, leaked, []);
  }, 180_000);

  it('fails with one line when rotate-leaked has no [rotation] section to work from', async () => {
    const origin = new Origin();
    const [base, head] = origin.commit('main', [{ files: { 'README.md': '# app\n' } }, { files: { 'a.env': `K=${fakeStripeTestKey()}\n` } }]);
    const r = await runAction({ workspace: checkout(origin, head), eventName: 'push', payload: pushPayload(base, head), inputs: { 'rotate-leaked': 'true' } });
    expect(r.code).toBe(1);
    expect(r.outputs.error).toBe("rotate-leaked: no config file with a [rotation] section: add .stanch.toml to the repository or set the 'rotation-config' input");
  }, 120_000);
});
