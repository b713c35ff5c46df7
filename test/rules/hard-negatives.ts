/**
 * Text that looks secret-ish but is not a credential: lockfile integrity hashes, digests, public keys,
 * certificates, documented example keys, UUIDs, base64 blobs. No built-in rule may report any of it.
 * Values are built at run time so this file holds no token-shaped literal.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';

const hex = (n: number): string => randomBytes(Math.ceil(n / 2)).toString('hex').slice(0, n);
const b64 = (bytes: number): string => randomBytes(bytes).toString('base64');
const sha = (alg: string): string => createHash(alg).update(randomBytes(16)).digest('base64');
const pemLines = (bytes: number): string => (b64(bytes).match(/.{1,64}/g) ?? []).join('\n');

export interface HardNegative {
  name: string;
  text: string;
  path: string;
}

export function hardNegatives(): HardNegative[] {
  // A base64 blob with long zero runs, like an embedded PNG: many "AAAA" and random prefixes.
  const blob = Buffer.concat([randomBytes(40), Buffer.alloc(60), randomBytes(300), Buffer.alloc(30), randomBytes(600)]).toString('base64');
  const awsDocKey = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');
  const awsDocSecret = ['wJalrXUtnFEMI', 'K7MDENG', 'bPxRfiCYEXAMPLEKEY'].join('/');
  return [
    {
      name: 'package-lock.json',
      path: 'package-lock.json',
      text: `{\n  "packages": {\n    "node_modules/left-pad": {\n      "version": "1.3.0",\n      "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",\n      "integrity": "sha512-${createHash('sha512').update(randomBytes(8)).digest('base64')}",\n      "license": "WTFPL"\n    }\n  }\n}\n`,
    },
    { name: 'yarn.lock', path: 'yarn.lock', text: `"left-pad@npm:^1.3.0":\n  version: 1.3.0\n  resolution: "left-pad@npm:1.3.0"\n  checksum: 10c0/${hex(128)}\n  languageName: node\n` },
    { name: 'go.sum', path: 'go.sum', text: `github.com/stretchr/testify v1.9.0 h1:${sha('sha256')}\ngithub.com/stretchr/testify v1.9.0/go.mod h1:${sha('sha256')}\n` },
    { name: 'Cargo.lock', path: 'Cargo.lock', text: `[[package]]\nname = "serde"\nversion = "1.0.200"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${hex(64)}"\n` },
    { name: 'poetry.lock', path: 'poetry.lock', text: `files = [\n    {file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:${hex(64)}"},\n]\n` },
    { name: 'subresource integrity', path: 'index.html', text: `<script src="https://cdn.jsdelivr.net/npm/lib@1/dist/lib.min.js" integrity="sha384-${sha('sha384')}" crossorigin="anonymous"></script>` },
    { name: 'docker digest', path: 'compose.yaml', text: `services:\n  web:\n    image: nginx@sha256:${hex(64)}\n` },
    { name: 'git log', path: 'CHANGELOG.md', text: `commit ${hex(40)}\nMerge: ${hex(7)} ${hex(7)}\n\n    fix: rotate keys (#123)\n\n* ${hex(40)} bump deps\n` },
    { name: 'uuids', path: 'fixtures.json', text: `{"id": "${randomUUID()}", "tenant": "${randomUUID()}", "correlationId": "${randomUUID()}"}` },
    { name: 'ssh public key', path: 'authorized_keys', text: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${b64(32).slice(0, 43)} ci@build\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${b64(256)} ops@bastion\n` },
    { name: 'public key pem', path: 'pub.pem', text: `-----BEGIN PUBLIC KEY-----\n${pemLines(270)}\n-----END PUBLIC KEY-----\n` },
    { name: 'certificate', path: 'ca.crt', text: `-----BEGIN CERTIFICATE-----\n${pemLines(900)}\n-----END CERTIFICATE-----\n` },
    { name: 'pgp public key', path: 'KEYS', text: `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${pemLines(1200)}\n=${b64(3)}\n-----END PGP PUBLIC KEY BLOCK-----\n` },
    { name: 'aws documentation keys', path: 'docs/aws.md', text: `aws_access_key_id = ${awsDocKey}\naws_secret_access_key = ${awsDocSecret}\n` },
    { name: 'base64 image', path: 'logo.svg', text: `<image href="data:image/png;base64,${blob}"/>` },
    { name: 'env template', path: '.env.example', text: 'DB_PASSWORD=\nAPI_TOKEN=${API_TOKEN}\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nSECRET_KEY=changeme\n' },
    { name: 'github actions secrets', path: '.github/workflows/ci.yml', text: 'env:\n  GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  password: ${{ secrets.DB_PASSWORD }}\n' },
    { name: 'kubernetes secret refs', path: 'deploy.yaml', text: 'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password\n' },
    { name: 'code reading secrets', path: 'app.py', text: 'password = os.environ["DB_PASSWORD"]\ntoken = get_token(client_id, scope)\napi_key = settings.API_KEY\nsecret = None\n' },
    {
      name: 'i18n and UI strings',
      path: 'locales/en.json',
      text: '{"password": "Password", "passwordPlaceholder": "Enter your password", "token_expired": "Your session token expired", "apiKeyHelp": "Find your API key in Settings"}',
    },
    { name: 'html form', path: 'login.html', text: '<input type="password" name="password" autocomplete="current-password" placeholder="Password">' },
    { name: 'sql schema', path: 'schema.sql', text: 'CREATE TABLE users (\n  password_hash VARCHAR(255) NOT NULL,\n  api_token_id UUID REFERENCES tokens(id)\n);' },
    { name: 'json schema', path: 'schema.json', text: '{"properties": {"password": {"type": "string", "minLength": 12}, "apiKey": {"$ref": "#/definitions/secretRef"}}}' },
    { name: 'openapi security', path: 'openapi.yaml', text: 'components:\n  securitySchemes:\n    bearerAuth:\n      type: http\n      scheme: bearer\n      bearerFormat: JWT\n' },
    { name: 'go struct tags', path: 'user.go', text: 'type Login struct {\n\tPassword string `json:"password" validate:"required,min=12"`\n\tToken    string `json:"token,omitempty"`\n}\n' },
    { name: 'function signatures', path: 'auth.py', text: 'def login(username: str, password: str) -> Token:\n    token = create_access_token(data={"sub": username})\n    return token\n' },
    { name: 'helm values with refs', path: 'values.yaml', text: 'auth:\n  existingSecret: app-auth\n  secretKeys:\n    adminPasswordKey: admin-password\n  password: ""\n' },
    { name: 'hashes in tests', path: 'hash.test.ts', text: `expect(sha256(input)).toBe("${hex(64)}");\nconst md5 = "${hex(32)}";\n` },
  ];
}
