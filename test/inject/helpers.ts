/** Shared bits of the inject tests: synthetic values (built at run time) and tricky value sets. */
import { randomBytes } from 'node:crypto';

export const fake = (label: string) => `${label}-${randomBytes(9).toString('base64url')}`;

/** Values that break naive env-file writers. None is a real credential. */
export function trickyValues(): Record<string, string> {
  const s = fake('s');
  return {
    PLAIN: s,
    WITH_HASH: `${s}#not-a-comment`,
    SPACE_HASH: `${s} # still value`,
    WITH_EQUALS: `a=b==${s}=`,
    DOUBLE_QUOTES: `say "${s}"`,
    SINGLE_QUOTE: `it's ${s}`,
    BOTH_QUOTES: `it's "${s}"`,
    BACKTICK_AND_SINGLE: `\`cmd\` it's ${s}`,
    LEADING_TRAILING: `   ${s}   `,
    TAB_EDGES: `\t${s}\t`,
    UNICODE: `пароль-🔑-${s}-日本`,
    DOLLAR: `$HOME \${PATH} ${s}`,
    BACKSLASHES: `C:\\new\\table ${s}`,
    LITERAL_BACKSLASH_N: `line1\\nline2-${s}`,
    MULTILINE: `-----BEGIN FAKE-----\n${s}\n${s}\n-----END FAKE-----\n`,
    CRLF: `one\r\ntwo-${s}`,
    EMPTY: '',
    ONLY_SPACES: '   ',
    LOOKS_LIKE_LINE: `x\nOTHER=${s}`,
  };
}
