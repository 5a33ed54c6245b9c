const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * body-parser decodes bytes leniently, turning invalid UTF-8 into U+FFFD, so
 * a corrupted citation would be stored as if it were what the caller meant.
 * Used as body-parser's `verify` hook, this refuses such a body instead.
 */
export function refuseInvalidUtf8(_request: unknown, _response: unknown, body: Buffer): void {
  try {
    strictUtf8.decode(body);
  } catch {
    throw Object.assign(new Error('the request body is not valid UTF-8'), {
      type: 'encoding.invalid-utf8',
      status: 400,
    });
  }
}
