import { describe, expect, it } from 'vitest';
import { redactUrl, secretParametersIn } from './secret-parameters.js';

describe('secret query parameters', () => {
  it.each([
    ['/v1/events?access_token=s3cret', '/v1/events?access_token=[Redacted]'],
    ['/v1/events?TOKEN=s3cret&asOf=2021-01-31', '/v1/events?TOKEN=[Redacted]&asOf=2021-01-31'],
    [
      '/v1/x?api_key=a&apikey=b&key=c&x-api-key=d',
      '/v1/x?api_key=[Redacted]&apikey=[Redacted]&key=[Redacted]&x-api-key=[Redacted]',
    ],
    [
      '/v1/x?password=a&client_secret=b&id_token=c',
      '/v1/x?password=[Redacted]&client_secret=[Redacted]&id_token=[Redacted]',
    ],
    ['/v1/x?access%5Ftoken=s3cret', '/v1/x?access%5Ftoken=[Redacted]'],
    ['/v1/x?token', '/v1/x?token=[Redacted]'],
  ])('redacts %s', (url, redacted) => {
    expect(redactUrl(url)).toBe(redacted);
    expect(secretParametersIn(url).length).toBeGreaterThan(0);
  });

  it('leaves a URL without secrets as it is', () => {
    for (const url of [
      '/v1/membership?asOf=2021-01-31&knownAt=2021-02-01',
      '/healthz',
      '/v1/x?monkey=1&tokens-left=2',
    ]) {
      expect(redactUrl(url)).toBe(url);
      expect(secretParametersIn(url)).toEqual([]);
    }
  });
});
