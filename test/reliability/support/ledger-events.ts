import { getJson } from './http.js';

export interface Envelope {
  readonly id: string;
  readonly subject: string;
  readonly recordedAt: string;
  readonly position: number;
  readonly [field: string]: unknown;
}

/** Every stored event as the service lists it (GET /v1/events, following nextCursor). */
export async function listEvents(baseUrl: string, token?: string): Promise<Envelope[]> {
  const all: Envelope[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 10_000; page += 1) {
    const query = `limit=1000${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
    const answer = await getJson<{ events: Envelope[]; nextCursor?: string | null }>(
      baseUrl,
      `/v1/events?${query}`,
      token,
    );
    all.push(...answer.events);
    if (!answer.nextCursor) return all;
    cursor = answer.nextCursor;
  }
  throw new Error('GET /v1/events did not end');
}
