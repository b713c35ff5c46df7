/**
 * Globs on store URIs for rotation policies: `*` matches within one path segment (not `/`),
 * `**` matches across segments, `?` one character that is not `/`. Everything else is literal,
 * including `#` and `.`, so `vault://secret/app/*#password` means "the password key of every
 * secret directly under secret/app". A pattern without `#` also matches every key of the secrets it names.
 */

export function compileUriGlob(pattern: string): (uri: string) => boolean {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(pattern)) throw new Error(`"${pattern}" is not a URI glob (expected scheme://path, e.g. vault://secret/app/*)`);
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') {
      re += '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else {
      re += c.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
    }
  }
  const withKey = pattern.includes('#') ? re : `${re}(?:#.*)?`;
  const compiled = new RegExp(`^${withKey}$`);
  return (uri) => compiled.test(uri);
}
