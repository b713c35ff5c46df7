/**
 * Hard negatives: things that look like secrets to a naive scanner but are not
 * (hashes, ids, public keys, placeholders, references, low-entropy doc values,
 * wrong-checksum tokens…). Many sit under secret-sounding names on purpose.
 */
import { agePublicKey, badChecksumToken, certificatePem, ecPublicPem, opensshKey, uuid } from './formats.js';
import type { Item, ItemFamily, Syntax } from './item.js';
import { MULTILINE_SYNTAXES } from './item.js';
import { ALNUM, B64, DIGITS, HEX, LOWER, type Rng } from './rng.js';

const CODE: readonly Syntax[] = ['ts', 'js', 'py', 'go', 'java'];
const SECRET_NAMES = ['password', 'db_password', 'api_key', 'secret_key', 'auth_token', 'client_secret', 'access_token', 'github_token', 'npm_token', 'stripe_key', 'private_token', 'smtp_password'];
const upper = (name: string) => name.toUpperCase();
const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (name: string) => camel(name).replace(/^./, (c) => c.toUpperCase());

const neg = (kind: string, count: number, make: (rng: Rng, syntax: Syntax) => Item[], syntaxes?: readonly Syntax[], fixture?: boolean): ItemFamily => ({ kind, secret: false, count, make, syntaxes, fixture });
const one = (kind: string, name: string, value: string, expr = false): Item[] => [{ kind, secret: false, name, value, expr }];

/** How the syntax refers to a value defined elsewhere (env var, template, Terraform variable…). */
function reference(rng: Rng, syntax: Syntax, name: string): { value: string; expr: boolean } {
  const V = upper(name);
  switch (syntax) {
    case 'ts':
    case 'js':
      return { value: rng.pick([`process.env.${V}`, `process.env['${V}']`, `config.get('${camel(name)}')`, `env.${V} ?? ''`]), expr: true };
    case 'py':
      return { value: rng.pick([`os.environ["${V}"]`, `os.getenv("${V}")`, `settings.${V}`, `config("${V}")`]), expr: true };
    case 'go':
      return { value: rng.pick([`os.Getenv("${V}")`, `cfg.${pascal(name)}`, `viper.GetString("${name.replace(/_/g, '.')}")`]), expr: true };
    case 'java':
      return { value: rng.pick([`System.getenv("${V}")`, `props.getProperty("${name.replace(/_/g, '.')}")`, `config.${camel(name)}()`]), expr: true };
    case 'tf':
      return { value: rng.pick([`var.${name}`, `data.aws_secretsmanager_secret_version.${name}.secret_string`, `random_password.${name}.result`]), expr: true };
    case 'sh':
      return { value: rng.pick([`"$${V}"`, `"\${${V}:?missing ${V}}"`, `"$(vault kv get -field=${name} secret/app)"`]), expr: true };
    case 'docker':
      return { value: `\${${V}}`, expr: true };
    case 'yaml':
      return { value: rng.pick([`\${{ secrets.${V} }}`, `\${${V}}`, `{{ .Values.${camel(name)} }}`, `"{{ vault_${name} }}"`]), expr: true };
    case 'xml':
      return { value: `\${${name.replace(/_/g, '.')}}`, expr: false };
    case 'ini':
      return { value: rng.pick([`%(${name})s`, `\${${V}}`]), expr: true };
    default:
      return { value: rng.pick([`\${${V}}`, `$${V}`]), expr: false };
  }
}

function placeholder(rng: Rng): string {
  return rng.pick([
    '<your-token>', '<YOUR_API_KEY>', 'your-api-key-here', 'YOUR_SECRET_HERE', 'changeme', 'change-me', 'xxxxxxxxxxxxxxxx', 'XXXXXXXXXXXXXXXXXXXXXXXX',
    'REPLACE_ME', 'TODO', '********', '<redacted>', 'insert-your-key', 'your_password', '<password>', 'secret', 'dummy', 'none', 'null', '...',
  ]);
}

const lowEntropyPairs: [string, string][] = [
  ['password', 'password'], ['postgres_password', 'postgres'], ['admin_password', 'admin'], ['db_password', 'secret'], ['mysql_root_password', 'root'],
  ['password', 'hunter2'], ['password', '12345678'], ['redis_password', 'redis'], ['rabbitmq_default_pass', 'guest'], ['password', 'test1234'],
  ['smtp_password', 'mailpass'], ['keystore_password', 'changeit'], ['password', 'P@ssw0rd'], ['db_password', 'example'],
];

/** A URL under a name that fits its scheme (redis_url for redis://…). */
function urlNamed(kind: string, rng: Rng, url: string): Item[] {
  const scheme = url.slice(0, url.indexOf(':'));
  const names: Record<string, string[]> = {
    postgres: ['database_url', 'db_url', 'postgres_dsn'], postgresql: ['database_url', 'db_url'], mysql: ['mysql_url', 'database_url'],
    redis: ['redis_url', 'cache_url'], mongodb: ['mongo_uri', 'mongodb_url'], amqp: ['broker_url', 'amqp_url'], https: ['repo_url', 'token_endpoint'],
  };
  return one(kind, rng.pick(names[scheme] ?? ['service_url']), url);
}

const css = (rng: Rng) => `#${rng.str('0123456789abcdef', rng.pick([3, 6, 8]))}`;

export const NEGATIVE_FAMILIES: ItemFamily[] = [
  neg('uuid', 40, (rng) => one('uuid', rng.pick(['request_id', 'tenant_id', 'client_id', 'trace_id', 'api_key_id', 'token_id', 'installation_id']), uuid(rng))),
  neg('git-sha', 30, (rng, s) => (s === 'md' || s === 'sh' ? [{ kind: 'git-sha', secret: false, name: 'commit', value: '', lines: [`git checkout ${rng.str(HEX, 40)}  # last known good build`], at: 0 }] : one('git-sha', rng.pick(['commit', 'rev', 'revision', 'commit_sha', 'base_sha', 'source_version']), rng.str(HEX, 40)))),
  neg('sha256-hex', 30, (rng) => one('sha256-hex', rng.pick(['sha256', 'checksum', 'digest', 'content_hash', 'artifact_sha256', 'token_hash']), rng.pick(['', 'sha256:']) + rng.bytes(32).toString('hex'))),
  neg('public-key-pem', 6, (rng) => one('public-key-pem', rng.pick(['public_key', 'jwt_public_key', 'verify_key']), ecPublicPem(rng)), MULTILINE_SYNTAXES),
  neg('certificate-pem', 6, (rng) => one('certificate-pem', rng.pick(['tls_cert', 'ca_certificate', 'certificate']), certificatePem(rng)), MULTILINE_SYNTAXES),
  neg('ssh-public-key', 10, (rng) => one('ssh-public-key', rng.pick(['ssh_public_key', 'authorized_key', 'deploy_key_pub']), opensshKey(rng, rng.pick(['alice@laptop', 'ci@runner'])).publicLine)),
  neg('age-public-key', 6, (rng) => one('age-public-key', rng.pick(['sops_age_recipient', 'age_recipient', 'age_public_key']), agePublicKey(rng))),
  neg('placeholder', 50, (rng) => one('placeholder', rng.pick(SECRET_NAMES), placeholder(rng))),
  neg('env-interpolation', 40, (rng, s) => {
    const name = rng.pick(SECRET_NAMES);
    const r = reference(rng, s === 'ts' || s === 'js' || s === 'py' || s === 'go' || s === 'java' ? 'env' : s, name);
    return [{ kind: 'env-interpolation', secret: false, name, value: r.value, expr: r.expr }];
  }),
  neg('aws-example-key', 8, (rng) => [
    { kind: 'aws-example-key', secret: false, name: 'aws_access_key_id', value: 'AKIA' + 'IOSFODNN7' + 'EXAMPLE' },
    ...(rng.chance(0.6) ? [{ kind: 'aws-example-key', secret: false, name: 'aws_secret_access_key', value: 'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCY' + 'EXAMPLEKEY' }] : []),
  ]),
  neg('github-bad-checksum', 12, (rng) => one('github-bad-checksum', rng.pick(['github_token', 'gh_token']), badChecksumToken(rng, rng.pick(['ghp_', 'gho_'])))),
  neg('npm-bad-checksum', 8, (rng) => one('npm-bad-checksum', rng.pick(['npm_token', 'node_auth_token']), badChecksumToken(rng, 'npm_'))),
  neg('variable-reference', 40, (rng, s) => {
    const name = rng.pick(SECRET_NAMES);
    const r = reference(rng, s, name);
    return [{ kind: 'variable-reference', secret: false, name, value: r.value, expr: r.expr }];
  }, CODE),
  neg('function-call', 25, (rng, s) => {
    const name = rng.pick(SECRET_NAMES);
    const calls: Record<string, string[]> = {
      ts: ['crypto.randomBytes(32).toString("hex")', 'await secrets.get("db")', 'generatePassword({ length: 32 })', 'readFileSync("/run/secrets/api_key", "utf8").trim()'],
      js: ['crypto.randomBytes(32).toString("hex")', 'await vault.read("secret/data/app")', 'uuidv4()'],
      py: ['secrets.token_hex(32)', 'generate_password(length=32)', 'get_secret("prod/db")["password"]', 'Path("/run/secrets/token").read_text().strip()'],
      go: ['randomString(32)', 'mustReadSecret("/run/secrets/db_password")', 'vault.Logical().Read("secret/data/app")'],
      java: ['SecretsManager.get("db/password")', 'UUID.randomUUID().toString()', 'keyStore.getKey(alias, pass)'],
    };
    return one('function-call', name, rng.pick(calls[s] ?? calls.ts), true);
  }, CODE),
  neg('low-entropy-password', 30, (rng) => {
    const [name, value] = rng.pick(lowEntropyPairs);
    return one('low-entropy-password', name, value);
  }),
  neg('base64-non-secret', 20, (rng) => one('base64-non-secret', rng.pick(['banner', 'greeting_b64', 'config_blob', 'logo', 'description_b64']), rng.chance(0.3) ? `data:image/png;base64,iVBORw0KGgo${rng.str(B64, 40)}` : Buffer.from(rng.pick(['Hello from the orders service', 'log_level=info\nregion=eu-west-1', '{"feature":"checkout-v2","enabled":true}', 'Welcome to the Acme developer portal', 'max_connections=200'])).toString('base64'))),
  neg('url-no-password', 30, (rng) => urlNamed('url-no-password', rng, rng.pick([
    `postgres://localhost:5432/${rng.pick(['app_dev', 'orders'])}`, `postgres://app@db.internal:5432/orders`, `postgresql:///app_test?host=/var/run/postgresql`,
    `redis://localhost:6379/0`, `redis://cache.internal:6379`, `mongodb://mongo-0.internal:27017,mongo-1.internal:27017/app?replicaSet=rs0`,
    `amqp://rabbitmq.internal:5672/%2F`, `https://git@github.com/acme/platform.git`, `mysql://root@localhost/test_db`, `https://${rng.pick(['api', 'auth'])}.acme-corp.net/v1/token`,
  ]))),
  neg('url-placeholder-password', 12, (rng) => urlNamed('url-placeholder-password', rng, rng.pick([
    'postgres://app:${DB_PASSWORD}@db.internal:5432/orders', 'postgres://user:password@localhost:5432/mydb', 'mysql://root:<password>@localhost:3306/app',
    'redis://:${REDIS_PASSWORD}@cache:6379/0', 'mongodb://admin:changeme@localhost:27017', 'postgresql://postgres:postgres@localhost:5432/test',
    'amqp://guest:guest@localhost:5672/', 'postgres://USER:PASSWORD@HOST:5432/DB',
  ]))),
  neg('test-fixture', 20, (rng) => one('test-fixture', rng.pick(['fake_api_key', 'dummy_password', 'test_token', 'mock_secret', 'fixture_password']), rng.pick([
    'fake-api-key-for-tests', 'dummy-password', 'test-token-not-real', 'mock_secret_value', 'not-a-real-secret', 'fixture-password-123', 'testtesttest', 'sk_test_fake',
  ])), undefined, true),
  neg('stripe-publishable-key', 8, (rng) => one('stripe-publishable-key', rng.pick(['stripe_publishable_key', 'stripe_pk', 'next_public_stripe_key']), `pk_live_${rng.str(ALNUM, rng.pick([24, 99]))}`)),
  neg('twilio-account-sid', 8, (rng) => one('twilio-account-sid', rng.pick(['twilio_account_sid', 'twilio_sid']), `AC${rng.str(HEX, 32)}`)),
  neg('google-oauth-client-id', 6, (rng) => one('google-oauth-client-id', rng.pick(['google_client_id', 'oauth_client_id']), `${rng.range(1, 9)}${rng.str(DIGITS, 11)}-${rng.str(LOWER + DIGITS, 32)}.apps.googleusercontent.com`)),
  neg('sops-encrypted', 10, (rng) => one('sops-encrypted', rng.pick(SECRET_NAMES), `ENC[AES256_GCM,data:${rng.bytes(rng.range(12, 40)).toString('base64')},iv:${rng.bytes(32).toString('base64')},tag:${rng.bytes(16).toString('base64')},type:str]`), ['yaml', 'json', 'env', 'ini']),
  neg('asset-hash', 10, (rng, s) => (s === 'md' ? [{ kind: 'asset-hash', secret: false, name: 'x', value: '', lines: [`<script src="/static/js/main.${rng.str(HEX, 8)}.chunk.js"></script>`], at: 0 }] : one('asset-hash', rng.pick(['bundle', 'main_js', 'stylesheet']), `static/js/main.${rng.str(HEX, 20)}.js`))),
  neg('sri-hash', 8, (rng) => [{ kind: 'sri-hash', secret: false, name: 'x', value: '', lines: [`<script src="https://cdn.jsdelivr.net/npm/${rng.pick(['htmx.org@1.9.10', 'alpinejs@3.13.3', 'chart.js@4.4.1'])}/dist/index.min.js" integrity="sha384-${rng.bytes(48).toString('base64')}" crossorigin="anonymous"></script>`], at: 0 }], ['md', 'xml']),
  neg('secret-name-reference', 10, (rng) => [{ kind: 'secret-name-reference', secret: false, name: 'x', value: '', lines: ['  valueFrom:', '    secretKeyRef:', `      name: ${rng.pick(['db-credentials', 'api-token', 'stripe-secret'])}`, `      key: ${rng.pick(['password', 'token', 'api_key', 'secret_key'])}`], at: 3 }], ['yaml']),
  neg('aws-arn', 8, (rng) => one('aws-arn', rng.pick(['role_arn', 'secret_arn', 'kms_key_arn']), `arn:aws:${rng.pick(['iam', 'secretsmanager', 'kms'])}::${rng.str(DIGITS, 12)}:${rng.pick(['role/deploy', `secret:prod/db-password-${rng.str(ALNUM, 6)}`, `key/${uuid(rng)}`])}`)),
  neg('token-prefix-doc', 6, (rng) => [{ kind: 'token-prefix-doc', secret: false, name: 'x', value: '', lines: [rng.pick([
    'Personal access tokens start with `ghp_`, fine-grained ones with `github_pat_`.',
    'Stripe secret keys look like `sk_live_...`; never commit them.',
    'Set `SLACK_BOT_TOKEN` to the `xoxb-...` token from the app settings page.',
    'The key id has the form `AKIA` followed by 16 characters.',
    'Create an npm automation token (`npm_...`) and store it as `NPM_TOKEN`.',
  ])], at: 0 }], ['md']),
  neg('masked-value', 6, (rng) => one('masked-value', rng.pick(SECRET_NAMES), rng.pick(['sk_live_****************', 'ghp_************************************', '****************************', 'xoxb-****-****-****', 'AKIA****************']))),
  neg('hex-color-and-ids', 12, (rng, s) => one('hex-color-and-ids', rng.pick(['primary_color', 'accent', 'brand_color', 'token_color', 'secret_badge_color']), s === 'ts' || s === 'js' ? css(rng) : css(rng))),
];

export { upper, camel, pascal };
