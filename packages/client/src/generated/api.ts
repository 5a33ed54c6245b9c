// Generated from the ledger service OpenAPI document (GET /docs-json) by
// `npm run generate:api -w @cleannet/client`. Do not edit by hand: the
// drift test regenerates it from the current service and compares.

export type paths = {
  '/asyncapi.yaml': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** AsyncAPI 3 document for the ledger and commitment-change topics */
    get: operations['AsyncApiController_document'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process answers. */
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ops/state': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How far the projections got and a digest of their state: equal to a fresh replay of the same log. */
    get: operations['StateController_state'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/readyz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: the log is reachable, projections are caught up, not shutting down. */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/actors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every actor the ledger has events about, with its status on asOf */
    get: operations['ActorsController_actors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/actors/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An actor's events and derived status changes, with sources */
    get: operations['TimelineController_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/changes/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Commitment changes as Server-Sent Events
     * @description Each event has a change id (<position>.<index>.<digest>). Reconnect with Last-Event-ID (or ?after=) to resume without gaps. An id this ledger cannot resume from (its log was repaired, or the id is from another ledger) is answered with a `resync` event, then every change from the first. Comment lines are heartbeats.
     */
    get: operations['ChangesStreamController_stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The log itself, in log order, with filters and cursor pagination
     * @description Pass `nextCursor` from a page as `cursor` to get the next one.
     */
    get: operations['EventsController_list'];
    put?: never;
    /**
     * Record one event
     * @description Validated by the domain schemas and rules against the ledger caught up to the end of the log. Sending the same id again returns the original stored envelope and appends nothing.
     */
    post: operations['AppendEventController_appendOne'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/events/batch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record several events atomically
     * @description All events are appended, or none. `{ "events": [ ... ] }`, at most 500.
     */
    post: operations['AppendEventController_appendBatch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/exposure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per vendor, which markets were closed, restricted or open on asOf */
    get: operations['ExposureController_exposure'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/membership': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who was committed on asOf, as the ledger knew it at knownAt */
    get: operations['MembershipController_membership'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/regressions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every change that weakened a commitment, effective on or before asOf */
    get: operations['RegressionsController_regressions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/trends': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Members, GDP share, subscribers and exposure at each interval from..to */
    get: operations['TrendsController_trends'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type webhooks = Record<string, never>;
export type components = {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
  AsyncApiController_document: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  HealthController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  StateController_state: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ActorsController_actors: {
    parameters: {
      query?: {
        /** @description Valid time, YYYY-MM-DD (default today) */
        asOf?: string;
        format?: 'json' | 'csv';
        kind?: 'country' | 'operator' | 'company' | 'bloc';
        /** @description Transaction time: ISO 8601 instant or day (default now) */
        knownAt?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Invalid request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
    };
  };
  TimelineController_timeline: {
    parameters: {
      query?: {
        /** @description Valid time, YYYY-MM-DD (default today) */
        asOf?: string;
        format?: 'json' | 'csv';
        /** @description Transaction time: ISO 8601 instant or day (default now) */
        knownAt?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Invalid request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
    };
  };
  ChangesStreamController_stream: {
    parameters: {
      query?: {
        actor?: string;
        after?: string;
        kind?: 'country' | 'operator' | 'company' | 'bloc';
        regressionsOnly?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Invalid request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Service unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
    };
  };
  EventsController_list: {
    parameters: {
      query?: {
        actor?: string;
        cursor?: number;
        format?: 'json' | 'csv';
        /** @description effective on or after (YYYY-MM-DD) */
        from?: string;
        kind?:
          | 'PledgeMade'
          | 'VendorsExcluded'
          | 'BanEnacted'
          | 'MeasureStatusChanged'
          | 'MeasureAmended'
          | 'CommitmentReversed'
          | 'EventCorrected'
          | 'EventRetracted';
        knownAt?: string;
        limit?: number;
        /** @description effective on or before (YYYY-MM-DD) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Invalid request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
    };
  };
  AppendEventController_appendOne: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The stored envelope (id, recordedAt, position, ...) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Version conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Payload too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Domain rule violated */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Service unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
    };
  };
  AppendEventController_appendBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          events: {
            [key: string]: unknown;
          }[];
        };
      };
    };
    responses: {
      /** @description `{ events: [stored envelope, ...] }` in batch order */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Version conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Payload too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Domain rule violated */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Service unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
    };
  };
  ExposureController_exposure: {
    parameters: {
      query?: {
        /** @description Valid time, YYYY-MM-DD (default today) */
        asOf?: string;
        format?: 'json' | 'csv';
        /** @description Transaction time: ISO 8601 instant or day (default now) */
        knownAt?: string;
        vendor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Invalid request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
    };
  };
  MembershipController_membership: {
    parameters: {
      query?: {
        /** @description Valid time, YYYY-MM-DD (default today) */
        asOf?: string;
        format?: 'json' | 'csv';
        /** @description Transaction time: ISO 8601 instant or day (default now) */
        knownAt?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Invalid request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
    };
  };
  RegressionsController_regressions: {
    parameters: {
      query?: {
        /** @description Valid time, YYYY-MM-DD (default today) */
        asOf?: string;
        format?: 'json' | 'csv';
        /** @description Transaction time: ISO 8601 instant or day (default now) */
        knownAt?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Invalid request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
    };
  };
  TrendsController_trends: {
    parameters: {
      query?: {
        format?: 'json' | 'csv';
        /** @description YYYY-MM-DD (default 2018-01-01) */
        from?: string;
        interval?: 'month' | 'quarter' | 'year';
        knownAt?: string;
        /** @description YYYY-MM-DD (default today) */
        to?: string;
        vendor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Invalid request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            detail: string;
            errors?: {
              message?: string;
              path?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
          };
        };
      };
    };
  };
}
