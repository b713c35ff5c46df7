/**
 * How sops' YAML library (go.yaml.in/yaml/v3, resolve.go) types an unquoted, untagged scalar. The `yaml`
 * package follows the YAML 1.2 core schema, which differs on `0777` (octal in Go), `1_000`, `0b101`,
 * `08` (a float in Go) and timestamps. Types feed the MAC and the ENC type tag, so we must agree exactly.
 */
import { SopsTime, type SopsLeaf } from '../cipher.js';

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

export type ResolvedPlain = SopsLeaf | SopsTime | null;

export function resolvePlainScalar(text: string): ResolvedPlain {
  switch (text) {
    case '':
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
    case '.nan':
    case '.NaN':
    case '.NAN':
      return NaN;
    case '.inf':
    case '.Inf':
    case '.INF':
    case '+.inf':
    case '+.Inf':
    case '+.INF':
      return Infinity;
    case '-.inf':
    case '-.Inf':
    case '-.INF':
      return -Infinity;
  }
  const first = text[0];
  if (first === '.') {
    const f = goParseFloat(text);
    return f === undefined ? text : f;
  }
  if (!/[-+0-9]/.test(first)) return text;
  const time = parseYamlTimestamp(text);
  if (time) return time;
  const plain = text.replaceAll('_', '');
  const i = goParseIntBase0(plain);
  if (i !== undefined && i >= INT64_MIN && i <= INT64_MAX) return i;
  // Values that only fit uint64 are ints to Go but sops cannot walk them; a float is the closest we can do.
  if (i !== undefined && i > 0n && i < 2n ** 64n) return Number(i);
  if (YAML_STYLE_FLOAT.test(plain)) {
    const f = goParseFloat(plain);
    if (f !== undefined) return f;
  }
  const prefixed = /^(-?)0([bo])([0-9]+)$/.exec(plain);
  if (prefixed) {
    const digits = prefixed[3];
    const base = prefixed[2] === 'b' ? 2 : 8;
    if ([...digits].every((d) => Number(d) < base)) {
      const v = BigInt(`0${prefixed[2]}${digits}`) * (prefixed[1] ? -1n : 1n);
      if (v >= INT64_MIN && v <= INT64_MAX) return v;
    }
  }
  return text;
}

/** strconv.ParseInt(s, 0, 64) syntax: sign, then 0x / 0o / 0b / leading-0 octal / decimal. */
function goParseIntBase0(s: string): bigint | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return undefined;
  const body = m[2];
  let v: bigint;
  if (/^0[xXoObB]/.test(body)) v = BigInt(`0${body[1].toLowerCase()}${body.slice(2)}`);
  else if (body.length > 1 && body[0] === '0') v = BigInt(`0o${body.slice(1)}`);
  else v = BigInt(body);
  return m[1] === '-' ? -v : v;
}

function goParseFloat(s: string): number | undefined {
  if (!/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(s)) return undefined;
  return Number(s);
}

/**
 * Go's time.Parse with yaml.v3's layouts ("2006-1-2T15:4:5.999999999Z07:00", lower-case t, space separated
 * without zone, date only), formatted as time.MarshalText (RFC 3339 with nanoseconds, zeros trimmed).
 */
export function parseYamlTimestamp(s: string): SopsTime | undefined {
  const m =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2}))|(?: (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,9}))?))?$/.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4] ?? m[9] ?? 0);
  const min = Number(m[5] ?? m[10] ?? 0);
  const sec = Number(m[6] ?? m[11] ?? 0);
  const frac = (m[7] ?? m[12] ?? '').replace(/0+$/, '');
  const zone = m[8] ?? 'Z';
  const daysIn = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysIn || hour > 23 || min > 59 || sec > 59) return undefined;
  if (zone !== 'Z' && (Number(zone.slice(4)) > 59 || Number(zone.slice(1, 3)) > 23)) return undefined;
  const p2 = (n: number) => String(n).padStart(2, '0');
  const z = zone === '+00:00' || zone === '-00:00' ? 'Z' : zone;
  return new SopsTime(`${m[1]}-${p2(month)}-${p2(day)}T${p2(hour)}:${p2(min)}:${p2(sec)}${frac ? `.${frac}` : ''}${z}`);
}

/** True when yaml.v3 would read this text, unquoted, as something other than the same string. */
export function needsQuotesForGoYaml(text: string): boolean {
  return resolvePlainScalar(text) !== text;
}
