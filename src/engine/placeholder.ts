/**
 * Drops values that are obviously not real secrets: documented examples, template references,
 * masks and keyboard runs. Applied to every finding, whatever the rule.
 */

/** Template/variable references: ${VAR}, $VAR, {{ x }}, %(x)s, $(cmd), #{x}, <%= x %>, <your-key>. */
const TEMPLATE =
  /\$\{[^}]*\}|\{\{[^}]*\}\}|%\([A-Za-z0-9_.]+\)[sd]|^\$[A-Za-z_][A-Za-z0-9_]*$|^\$\(.+\)$|#\{[^}]*\}|<%=?[^%]*%>|^<[^<>]+>$|^%[A-Za-z0-9_]+%$/;

/** Words placeholders are made of (AWS documents its sample keys with EXAMPLE). */
const WORDS =
  /example|changeme|change[_-]me|replace[_-]?me|placeholder|redacted|(?:your|my)[_-]?(?:api[_-]?|access[_-]?|secret[_-]?|auth[_-]?)?(?:key|token|secret|password|pass)|_here$|-here$|insert[_-]?(?:your|key|token|here)|^(?:password|secret|token|null|none|undefined|true|false)$/i;

/** Well-known vendor defaults (Java keystores, database images, RabbitMQ) that no one treats as secret. */
const DEFAULTS = /^(?:test\d{0,6}|changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|hunter2)$/i;

/** Test-only values say so: fake-…, dummy…, fixture…, not-a-real-…. */
const TEST_WORDS = /fake[_-]|dummy|fixture|not[_-]?a[_-]?real/i;

/**
 * Values that are not credentials by construction: sops ciphertext (ENC[AES256_GCM,data:…]), AWS ARNs
 * (identifiers), digests tagged with their algorithm, and stanch secret references (vault://, sops://, env://)
 * possibly in NAME=ref lists.
 */
const NOT_CREDENTIAL =
  /^ENC\[[A-Z0-9_]+,data:|^arn:aws[\w-]*:|^(?:sha(?:1|224|256|384|512)|md5|blake2b?):[0-9a-f]{32,128}$|(?:^|=)(?:vault|sops|env):\/\//i;

/** Masks: xxxx, ****, ####, ..... */
const MASK = /[xX*#•.]{4,}|\u2026/;

const SEQUENCES = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', '9876543210', 'zyxwvutsrqponmlkjihgfedcba'];

function hasSequentialRun(s: string, min: number): boolean {
  const lower = s.toLowerCase();
  for (let i = 0; i + min <= lower.length; i++) {
    const chunk = lower.slice(i, i + min);
    for (const seq of SEQUENCES) if (seq.includes(chunk)) return true;
  }
  return false;
}

/** True when one character makes up most of the value (aaaaaaaa, 00000000-0000…). */
function mostlyOneChar(s: string): boolean {
  const alnum = s.replace(/[^A-Za-z0-9]/g, '');
  if (alnum.length < 4) return alnum.length === 0;
  const counts = new Map<string, number>();
  let max = 0;
  for (const c of alnum) {
    const n = (counts.get(c) ?? 0) + 1;
    counts.set(c, n);
    if (n > max) max = n;
  }
  return max / alnum.length >= 0.6;
}

export function isPlaceholderSecret(secret: string): boolean {
  if (secret.length === 0) return false;
  // PEM bodies are long and multi-line; only their words can mark them as examples.
  if (secret.includes('\n')) return /example|\.\.\.|redacted|<[^>]+>|\{\{/i.test(secret);
  return (
    TEMPLATE.test(secret) ||
    WORDS.test(secret) ||
    DEFAULTS.test(secret) ||
    TEST_WORDS.test(secret) ||
    NOT_CREDENTIAL.test(secret) ||
    MASK.test(secret) ||
    mostlyOneChar(secret) ||
    hasSequentialRun(secret, 6)
  );
}
