/**
 * Query parameter names that carry credentials by common convention:
 * `access_token`, `token`, `id_token`, `api_key`, `apikey`, `key`,
 * `password`, `client_secret`, `sig`... (the last word of the name, split
 * on `_`, `-` or `.`, decides). The ledger takes none of them, but a
 * client may still send one, and its value must not reach a log.
 */
const secretName =
  /(?:^|[-_.])(?:token|key|apikey|password|passwd|pwd|pass|secret|auth|authorization|credentials?|signature|sig|session|sessionid|jwt)$/i;

export function isSecretParameterName(name: string): boolean {
  return secretName.test(name);
}

/** The names of the secret parameters in a URL's query string, decoded. */
export function secretParametersIn(url: string): string[] {
  const query = url.indexOf('?');
  if (query < 0) return [];
  const names: string[] = [];
  for (const pair of url.slice(query + 1).split('&')) {
    const name = decodedName(pair);
    if (isSecretParameterName(name)) names.push(name);
  }
  return names;
}

/** The URL with the value of every secret parameter replaced by `[Redacted]`. */
export function redactUrl(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  const pairs = url
    .slice(query + 1)
    .split('&')
    .map((pair) => {
      if (!isSecretParameterName(decodedName(pair))) return pair;
      const equals = pair.indexOf('=');
      return `${equals < 0 ? pair : pair.slice(0, equals)}=[Redacted]`;
    });
  return `${url.slice(0, query)}?${pairs.join('&')}`;
}

function decodedName(pair: string): string {
  const equals = pair.indexOf('=');
  const raw = (equals < 0 ? pair : pair.slice(0, equals)).replaceAll('+', ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
