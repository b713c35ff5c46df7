/**
 * How sops' YAML library (go.yaml.in/yaml/v3, resolve.go) types an unquoted, untagged scalar. The `yaml`
 * package follows the YAML 1.2 core schema, which differs on `0777` (octal in Go), `1_000`, `0b101`,
 * `08` (a float in Go) and timestamps. Types feed the MAC and the ENC type tag, so we must agree exactly.
 */
import { SopsTime, type SopsLeaf } from '../cipher.js';
export type ResolvedPlain = SopsLeaf | SopsTime | null;
export declare function resolvePlainScalar(text: string): ResolvedPlain;
/**
 * Go's time.Parse with yaml.v3's layouts ("2006-1-2T15:4:5.999999999Z07:00", lower-case t, space separated
 * without zone, date only), formatted as time.MarshalText (RFC 3339 with nanoseconds, zeros trimmed).
 */
export declare function parseYamlTimestamp(s: string): SopsTime | undefined;
/** True when yaml.v3 would read this text, unquoted, as something other than the same string. */
export declare function needsQuotesForGoYaml(text: string): boolean;
