/**
 * True-secret families planted in the accuracy corpus. Each `make` returns one
 * group of items with freshly generated, format-valid synthetic values.
 */
import { agePublicKey, ageSecretKey, checksummedToken, ecPem, jwt, opensshKey, pypiToken, rsaPem, uuid } from './formats.js';
import type { Item, ItemFamily, Syntax } from './item.js';
import { MULTILINE_SYNTAXES } from './item.js';
import { ALNUM, B64, B64URL, DIGITS, HEX, LOWER, UPPER, type Rng } from './rng.js';

const HOSTS = ['db-primary.internal', 'orders-db.prod.svc.cluster.local', 'pg.acme-corp.net', 'billing.c9xk2lq.eu-west-1.rds.amazonaws.com', '10.12.4.7', 'mongo-0.data.internal'];
const CODE: readonly Syntax[] = ['ts', 'js', 'py', 'go', 'java'];
const CONFIG: readonly Syntax[] = ['env', 'yaml', 'json', 'tf', 'xml', 'ini', 'toml', 'properties', 'docker'];
const SHELLISH: readonly Syntax[] = ['sh', 'md'];

/** A strong password: starts alphanumeric (YAML-safe), mixes classes, no quote/escape characters. */
export function strongPassword(rng: Rng, lo = 18, hi = 32): string {
  const n = rng.range(lo, hi);
  let s = rng.str(ALNUM, 1) + rng.str(UPPER, 1) + rng.str(LOWER, 1) + rng.str(DIGITS, 1);
  s += rng.str(ALNUM + '!%*-_.^~+=', n - 4);
  return s;
}

const one = (kind: string, name: string, value: string): Item[] => [{ kind, secret: true, name, value }];
const fam = (kind: string, count: number, make: (rng: Rng, syntax: Syntax) => Item[], syntaxes?: readonly Syntax[]): ItemFamily => ({ kind, secret: true, count, make, syntaxes });
const bearer = (kind: string, token: string, rng: Rng, url: string): Item[] => [
  { kind, secret: true, name: 'token', value: token, lines: [`curl -sS -H "Authorization: Bearer ${token}" \\`, `  ${url}${rng.pick(['', '?per_page=100', '/v1/status'])}`], at: 0 },
];

function dbUrl(rng: Rng, scheme: string, port: number, user = rng.pick(['app', 'admin', 'svc_orders', 'billing', 'root', 'etl_writer'])): string {
  return `${scheme}://${user}:${strongPassword(rng, 16, 28).replace(/[%^~+=!*]/g, '')}@${rng.pick(HOSTS)}:${port}/${rng.pick(['orders', 'billing', 'app', 'analytics', 'users'])}`;
}

export const POSITIVE_FAMILIES: ItemFamily[] = [
  fam('aws-access-key-id', 10, (rng) => {
    const id = rng.pick(['AKIA', 'AKIA', 'AKIA', 'ASIA']) + rng.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
    const secret = rng.str(B64, 40);
    return [
      { kind: 'aws-access-key-id', secret: true, name: 'aws_access_key_id', value: id },
      { kind: 'aws-secret-access-key', secret: true, name: 'aws_secret_access_key', value: secret },
    ];
  }),
  fam('github-pat', 10, (rng, s) => (SHELLISH.includes(s) && rng.chance(0.5) ? bearer('github-pat', checksummedToken(rng, 'ghp_'), rng, 'https://api.github.com/repos/acme/platform/releases') : one('github-pat', rng.pick(['github_token', 'gh_token', 'github_pat', 'gh_api_token']), checksummedToken(rng, 'ghp_')))),
  fam('github-oauth', 6, (rng) => one('github-oauth', rng.pick(['github_oauth_token', 'gh_oauth_token']), checksummedToken(rng, 'gho_'))),
  fam('github-fine-grained-pat', 8, (rng) => one('github-fine-grained-pat', rng.pick(['github_token', 'gh_pat', 'release_token']), `github_pat_11${rng.str(UPPER + DIGITS, 20)}_${rng.str(ALNUM, 59)}`)),
  fam('gitlab-pat', 8, (rng, s) => (SHELLISH.includes(s) && rng.chance(0.5) ? [{ kind: 'gitlab-pat', secret: true, name: 'token', value: '', lines: [`curl --header "PRIVATE-TOKEN: glpat-${rng.str(ALNUM + '-_', 20)}" "https://gitlab.com/api/v4/projects"`], at: 0 }] : one('gitlab-pat', rng.pick(['gitlab_token', 'gl_token', 'ci_job_token_override']), `glpat-${rng.str(ALNUM + '-_', 20)}`))),
  fam('slack-bot-token', 8, (rng) => one('slack-bot-token', rng.pick(['slack_bot_token', 'slack_token', 'slack_api_token']), `xoxb-${rng.range(1, 9)}${rng.str(DIGITS, 10)}-${rng.range(1, 9)}${rng.str(DIGITS, 12)}-${rng.str(ALNUM, 24)}`)),
  fam('slack-user-token', 6, (rng) => one('slack-user-token', rng.pick(['slack_user_token', 'slack_legacy_token']), `xoxp-${rng.range(1, 9)}${rng.str(DIGITS, 10)}-${rng.range(1, 9)}${rng.str(DIGITS, 11)}-${rng.range(1, 9)}${rng.str(DIGITS, 12)}-${rng.str(HEX, 32)}`)),
  fam('slack-webhook', 8, (rng) => one('slack-webhook', rng.pick(['slack_webhook_url', 'alerts_webhook', 'slack_hook']), `https://hooks.slack.com/services/T${rng.str(UPPER + DIGITS, 8)}/B${rng.str(UPPER + DIGITS, rng.pick([8, 10]))}/${rng.str(ALNUM, 24)}`)),
  fam('stripe-secret-key', 8, (rng) => one('stripe-secret-key', rng.pick(['stripe_secret_key', 'stripe_api_key', 'stripe_key']), `${rng.pick(['sk', 'sk', 'rk'])}_live_${rng.chance(0.5) ? rng.str(ALNUM, 24) : '51' + rng.str(ALNUM, 97)}`)),
  fam('twilio-api-key', 8, (rng) => one('twilio-api-key', rng.pick(['twilio_api_key', 'twilio_key_sid']), `SK${rng.str(HEX, 32)}`)),
  fam('sendgrid-api-key', 8, (rng) => one('sendgrid-api-key', rng.pick(['sendgrid_api_key', 'sendgrid_key', 'mail_api_key']), `SG.${rng.str(B64URL, 22)}.${rng.str(B64URL, 43)}`)),
  fam('openai-api-key', 8, (rng, s) => {
    const t = `sk-proj-${rng.str(B64URL, 74)}T3BlbkFJ${rng.str(B64URL, 74)}`;
    return SHELLISH.includes(s) && rng.chance(0.5) ? bearer('openai-api-key', t, rng, 'https://api.openai.com/v1/models') : one('openai-api-key', rng.pick(['openai_api_key', 'openai_key']), t);
  }),
  fam('anthropic-api-key', 8, (rng) => one('anthropic-api-key', rng.pick(['anthropic_api_key', 'claude_api_key']), `sk-ant-api03-${rng.str(B64URL, 93)}AA`)),
  fam('google-api-key', 8, (rng) => one('google-api-key', rng.pick(['google_maps_api_key', 'gcp_api_key', 'youtube_api_key', 'places_key']), `AIza${rng.str(B64URL, 35)}`)),
  fam('npm-token', 8, (rng) => one('npm-token', rng.pick(['npm_token', 'npm_auth_token', 'node_auth_token']), checksummedToken(rng, 'npm_'))),
  fam('pypi-token', 6, (rng, ) => one('pypi-token', rng.pick(['pypi_token', 'twine_password', 'pypi_api_token']), pypiToken(rng, uuid(rng)))),
  fam('huggingface-token', 8, (rng) => one('huggingface-token', rng.pick(['hf_token', 'huggingface_token', 'hugging_face_hub_token']), `hf_${rng.str(UPPER + LOWER, 34)}`)),
  fam('discord-bot-token', 6, (rng) => one('discord-bot-token', rng.pick(['discord_bot_token', 'discord_token']), `${Buffer.from(String(rng.range(1, 9)) + rng.str(DIGITS, 17)).toString('base64').replace(/=+$/, '')}.${rng.str(B64URL, 6)}.${rng.str(B64URL, 38)}`)),
  fam('discord-webhook', 4, (rng) => one('discord-webhook', rng.pick(['discord_webhook_url', 'deploy_webhook']), `https://discord.com/api/webhooks/${rng.range(1, 9)}${rng.str(DIGITS, 17)}/${rng.str(B64URL, 68)}`)),
  fam('telegram-bot-token', 8, (rng) => one('telegram-bot-token', rng.pick(['telegram_bot_token', 'telegram_token', 'tg_bot_token']), `${rng.range(1, 9)}${rng.str(DIGITS, 9)}:AA${rng.str(B64URL, 33)}`)),
  fam('digitalocean-token', 8, (rng) => one('digitalocean-token', rng.pick(['digitalocean_token', 'do_token', 'digitalocean_access_token']), `dop_v1_${rng.str(HEX, 64)}`)),
  fam('doppler-token', 6, (rng) => one('doppler-token', rng.pick(['doppler_token', 'doppler_service_token']), `dp.pt.${rng.str(ALNUM, 43)}`)),
  fam('vault-token', 8, (rng) => one('vault-token', rng.pick(['vault_token', 'vault_root_token']), `hvs.CAESI${rng.str(B64URL, 86)}`)),
  fam('age-secret-key', 6, (rng, s) => (s === 'md' || s === 'sh' ? [{ kind: 'age-secret-key', secret: true, name: 'key', value: '', lines: ['# created: 2024-03-11T09:14:52Z', `# public key: ${agePublicKey(rng)}`, ageSecretKey(rng)], at: 2 }] : one('age-secret-key', rng.pick(['sops_age_key', 'age_key', 'age_identity']), ageSecretKey(rng)))),
  fam('jwt', 8, (rng) => one('jwt', rng.pick(['auth_token', 'id_token', 'service_jwt', 'access_token']), jwt(rng, uuid(rng)))),
  fam('private-key-rsa', 3, (rng) => one('private-key-rsa', rng.pick(['private_key', 'signing_key', 'tls_key']), rsaPem(rng)), MULTILINE_SYNTAXES),
  fam('private-key-ec', 4, (rng) => one('private-key-ec', rng.pick(['private_key', 'ec_key', 'jwt_signing_key']), ecPem(rng)), MULTILINE_SYNTAXES),
  fam('private-key-pkcs8', 4, (rng) => one('private-key-pkcs8', rng.pick(['private_key', 'service_key']), ecPem(rng, 'pkcs8')), MULTILINE_SYNTAXES),
  fam('private-key-openssh', 4, (rng) => one('private-key-openssh', rng.pick(['ssh_private_key', 'deploy_key']), opensshKey(rng, rng.pick(['deploy@ci', 'ops@bastion'])).pem), MULTILINE_SYNTAXES),
  fam('postgres-url', 8, (rng) => one('postgres-url', rng.pick(['database_url', 'postgres_dsn', 'db_url', 'sqlalchemy_database_uri']), dbUrl(rng, rng.pick(['postgres', 'postgresql']), 5432))),
  fam('mysql-url', 6, (rng) => one('mysql-url', rng.pick(['mysql_url', 'database_url']), dbUrl(rng, 'mysql', 3306))),
  fam('mongodb-url', 6, (rng) => one('mongodb-url', rng.pick(['mongo_uri', 'mongodb_url']), rng.chance(0.5) ? dbUrl(rng, 'mongodb', 27017) : dbUrl(rng, 'mongodb+srv', 27017).replace(/:27017/, '').replace(/@[^/]+/, `@cluster0.${rng.str(LOWER + DIGITS, 5)}.mongodb.net`) + '?retryWrites=true&w=majority')),
  fam('redis-url', 6, (rng) => one('redis-url', rng.pick(['redis_url', 'cache_url', 'celery_broker_url']), `${rng.pick(['redis', 'rediss'])}://${rng.pick(['', 'default'])}:${strongPassword(rng, 20, 32).replace(/[%^~+=!*]/g, '')}@${rng.pick(['cache.internal', 'redis-master.prod.svc', '10.0.3.21'])}:6379/${rng.int(4)}`)),
  fam('amqp-url', 6, (rng) => one('amqp-url', rng.pick(['amqp_url', 'rabbitmq_url', 'broker_url']), dbUrl(rng, rng.pick(['amqp', 'amqps']), 5672, rng.pick(['guest_prod', 'orders', 'worker'])).replace(/\/[a-z]+$/, '/%2F'))),
  fam('url-basic-auth', 6, (rng) => one('url-basic-auth', rng.pick(['git_remote', 'registry_url', 'nexus_url']), `https://${rng.pick(['deploy', 'ci-bot', 'jenkins'])}:${strongPassword(rng, 18, 26).replace(/[%^~+=!*]/g, '')}@${rng.pick(['git.acme-corp.net/platform/api.git', 'nexus.acme-corp.net/repository/npm-private/', 'registry.internal:5000'])}`)),
  fam('azure-storage-key', 6, (rng) => one('azure-storage-key', rng.pick(['azure_storage_connection_string', 'storage_connection']), `DefaultEndpointsProtocol=https;AccountName=${rng.pick(['acmeprod', 'billingstore', 'mlartifacts'])}${rng.int(99)};AccountKey=${rng.bytes(64).toString('base64')};EndpointSuffix=core.windows.net`)),
  fam('shopify-token', 6, (rng) => one('shopify-token', rng.pick(['shopify_access_token', 'shopify_admin_token']), `shpat_${rng.str(HEX, 32)}`)),
  fam('linear-api-key', 6, (rng) => one('linear-api-key', rng.pick(['linear_api_key', 'linear_token']), `lin_api_${rng.str(ALNUM, 40)}`)),
  fam('generic-password', 26, (rng) => one('generic-password', rng.pick(['password', 'db_password', 'admin_password', 'postgres_password', 'smtp_password', 'redis_password', 'mysql_root_password', 'ldap_bind_password', 'keystore_password', 'passwd', 'rabbitmq_default_pass']), strongPassword(rng))),
  fam('generic-secret', 18, (rng) => one('generic-secret', rng.pick(['client_secret', 'secret_key', 'jwt_secret', 'session_secret', 'app_secret', 'webhook_secret', 'signing_secret', 'encryption_key', 'hmac_secret', 'cookie_secret']), rng.chance(0.5) ? rng.str(ALNUM, rng.range(32, 48)) : rng.bytes(32).toString(rng.pick(['hex', 'base64'])))),
  fam('generic-api-key', 18, (rng, s) => {
    const v = rng.chance(0.5) ? rng.str(HEX, 32) : rng.str(ALNUM, rng.range(32, 40));
    if (SHELLISH.includes(s) && rng.chance(0.4)) return [{ kind: 'generic-api-key', secret: true, name: 'api_key', value: v, lines: [`curl -H "X-API-Key: ${v}" https://api.${rng.pick(['acme-corp.net', 'metrics.internal'])}/v2/${rng.pick(['events', 'reports'])}`], at: 0 }];
    return one('generic-api-key', rng.pick(['api_key', 'apikey', 'x_api_key', 'datadog_api_key', 'mapbox_access_token', 'service_token', 'private_token', 'algolia_admin_key', 'sentry_auth_token']), v);
  }),
];

export { CODE, CONFIG, SHELLISH };
