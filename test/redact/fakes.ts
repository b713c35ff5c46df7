import { Rng, UPPER, DIGITS, B64 } from '../accuracy/rng.js';
import { checksummedToken, rsaPem } from '../accuracy/formats.js';

/** Synthetic credentials made at run time (the test source holds no literal token). */
export function fakeSecrets(seed = 'redact') {
  const rng = new Rng(seed);
  return {
    github: checksummedToken(rng, 'gh' + 'p_'),
    awsId: 'AK' + 'IA' + rng.str(UPPER + DIGITS, 16),
    awsSecret: rng.str(B64, 40),
    pem: rsaPem(rng),
  };
}
