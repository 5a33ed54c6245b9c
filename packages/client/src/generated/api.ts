// Generated from the ledger service OpenAPI document (GET /openapi.json) by
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
    /** AsyncAPI 3: the Kafka topics (ledger, changes, dead letters) and the SSE stream */
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
  '/problems': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every problem type the service sends */
    get: operations['ProblemTypesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/problems/{type}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a problem type means and what a client does about it */
    get: operations['ProblemTypesController_page'];
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
  schemas: {
    /** @description Every actor the ledger has events about, with its status on asOf */
    Actors: {
      actors: {
        /** @enum {string} */
        commitment: 'none' | 'member' | 'weakened' | 'reversed';
        id: string;
        /** @description the day the current membership began */
        joinedOn: string | null;
        /** @enum {string} */
        kind: 'country' | 'operator' | 'company' | 'bloc' | 'vendor';
        /** @description measures it has taken */
        measures: number;
        /** @description from its events or the reference data */
        name: string | null;
      }[];
      asOf: string;
      knownAt?: string;
    };
    /** @description An actor's events in effect and the status changes they caused */
    ActorTimeline: {
      actorId: string;
      /** @description a calendar day, YYYY-MM-DD */
      asOf: string;
      changes: components['schemas']['CommitmentChange'][];
      events: {
        correctedBy?: string;
        data:
          | {
              actorName?: string;
              counterparty?: string;
              homeCountry?: string;
              /** @enum {string} */
              instrument:
                'declaration' | 'mou' | 'joint-statement' | 'statement' | 'membership' | 'other';
              note?: string;
              pillars?: ('carrier' | 'store' | 'apps' | 'cloud' | 'cable' | 'path')[];
              /** @enum {string} */
              programme: 'clean-network' | '5g-clean-path' | 'clean-telco';
            }
          | {
              /** @enum {string} */
              instrument:
                | 'law'
                | 'regulation'
                | 'licence-condition'
                | 'procurement-guideline'
                | 'operator-decision'
                | 'policy-statement';
              measureId: string;
              note?: string;
              scopes: {
                generations: ('2g' | '3g' | '4g' | '5g' | 'all')[];
                measure:
                  | {
                      /** @constant */
                      kind: 'no-new-purchases';
                    }
                  | {
                      deadline: string;
                      /** @constant */
                      kind: 'removal';
                    }
                  | {
                      deadline?: string;
                      /** @constant */
                      kind: 'cap';
                      percent: number;
                    };
                /** @enum {string} */
                part:
                  | 'core'
                  | 'ran'
                  | 'transport'
                  | 'management'
                  | 'government-networks'
                  | 'whole-network';
              }[];
              vendors:
                | {
                    /** @constant */
                    kind: 'named';
                    vendorIds: string[];
                  }
                | {
                    description: string;
                    /** @constant */
                    kind: 'criteria';
                    knownAffected: string[];
                  };
            }
          | {
              /** @enum {string} */
              by: 'court' | 'government' | 'regulator' | 'operator' | 'legislature';
              /** @enum {string} */
              change: 'suspended' | 'reinstated' | 'upheld' | 'lifted';
              measureId: string;
              note?: string;
            }
          | {
              measureId: string;
              note?: string;
              scopes: {
                generations: ('2g' | '3g' | '4g' | '5g' | 'all')[];
                measure:
                  | {
                      /** @constant */
                      kind: 'no-new-purchases';
                    }
                  | {
                      deadline: string;
                      /** @constant */
                      kind: 'removal';
                    }
                  | {
                      deadline?: string;
                      /** @constant */
                      kind: 'cap';
                      percent: number;
                    };
                /** @enum {string} */
                part:
                  | 'core'
                  | 'ran'
                  | 'transport'
                  | 'management'
                  | 'government-networks'
                  | 'whole-network';
              }[];
              vendors?:
                | {
                    /** @constant */
                    kind: 'named';
                    vendorIds: string[];
                  }
                | {
                    description: string;
                    /** @constant */
                    kind: 'criteria';
                    knownAffected: string[];
                  };
            }
          | {
              /** @enum {string} */
              extent: 'full' | 'partial';
              note?: string;
              partsReadmitted?: (
                | 'core'
                | 'ran'
                | 'transport'
                | 'management'
                | 'government-networks'
                | 'whole-network'
              )[];
              target:
                | {
                    /** @constant */
                    kind: 'pledge';
                  }
                | {
                    /** @constant */
                    kind: 'measure';
                    measureId: string;
                  };
              vendorsReadmitted: string[];
            };
        effectiveAt: string;
        /** @description a calendar day, YYYY-MM-DD */
        effectiveOn: string;
        /** @enum {string} */
        effectivePrecision: 'year' | 'month' | 'day';
        eventId: string;
        /** @description an ISO 8601 UTC instant */
        recordedAt: string;
        source: {
          /** @enum {string} */
          confidence: 'high' | 'medium' | 'low';
          derivedFromAggregate?: string;
          document: string;
          note?: string;
          quote?: string;
          refs?: string[];
          /** Format: uri */
          url?: string;
        };
        /** @enum {string} */
        type:
          | 'PledgeMade'
          | 'VendorsExcluded'
          | 'BanEnacted'
          | 'MeasureStatusChanged'
          | 'MeasureAmended'
          | 'CommitmentReversed';
      }[];
      /** @description an ISO 8601 UTC instant */
      knownAt?: string;
      status: {
        /** @enum {string} */
        commitment: 'none' | 'member' | 'weakened' | 'reversed';
        /** @description a calendar day, YYYY-MM-DD */
        joined?: string;
        measures: {
          measureId: string;
          /** @enum {string} */
          status: 'active' | 'suspended' | 'lifted' | 'reversed';
        }[];
      };
    };
    BanEnacted: {
      data: {
        /** @enum {string} */
        instrument:
          | 'law'
          | 'regulation'
          | 'licence-condition'
          | 'procurement-guideline'
          | 'operator-decision'
          | 'policy-statement';
        measureId: string;
        note?: string;
        scopes: {
          generations: ('2g' | '3g' | '4g' | '5g' | 'all')[];
          measure:
            | {
                /** @constant */
                kind: 'no-new-purchases';
              }
            | {
                deadline: string;
                /** @constant */
                kind: 'removal';
              }
            | {
                deadline?: string;
                /** @constant */
                kind: 'cap';
                percent: number;
              };
          /** @enum {string} */
          part:
            'core' | 'ran' | 'transport' | 'management' | 'government-networks' | 'whole-network';
        }[];
        vendors:
          | {
              /** @constant */
              kind: 'named';
              vendorIds: string[];
            }
          | {
              description: string;
              /** @constant */
              kind: 'criteria';
              knownAffected: string[];
            };
      };
      effectiveAt: string;
      /** @enum {string} */
      effectivePrecision: 'year' | 'month' | 'day';
      id: string;
      /** @constant */
      schemaVersion: 1;
      source: {
        /** @enum {string} */
        confidence: 'high' | 'medium' | 'low';
        derivedFromAggregate?: string;
        document: string;
        note?: string;
        quote?: string;
        refs?: string[];
        /** Format: uri */
        url?: string;
      };
      subject: string;
      /** @constant */
      type: 'BanEnacted';
    };
    /** @description A derived change of an actor's status, with its cause */
    CommitmentChange: {
      actorId: string;
      after: string;
      /** @description commitment: none/member/weakened/reversed; measure: none/active/suspended/lifted/reversed */
      before: string;
      causeEventId: string;
      /** @enum {string} */
      causeType:
        | 'PledgeMade'
        | 'VendorsExcluded'
        | 'BanEnacted'
        | 'MeasureStatusChanged'
        | 'MeasureAmended'
        | 'CommitmentReversed';
      /** @enum {string} */
      dimension: 'commitment' | 'measure';
      /** @description the day it takes effect on the timeline */
      effectiveOn: string;
      /**
       * @description how precisely the cause is dated; a month or year is placed at the end of its period
       * @enum {string}
       */
      effectivePrecision: 'year' | 'month' | 'day';
      measureId?: string;
      narrowed?: boolean;
      regression: boolean;
      source: {
        /** @enum {string} */
        confidence: 'high' | 'medium' | 'low';
        derivedFromAggregate?: string;
        document: string;
        note?: string;
        quote?: string;
        refs?: string[];
        /** Format: uri */
        url?: string;
      };
      vendorsReadmitted?: string[];
    };
    CommitmentReversed: {
      data: {
        /** @enum {string} */
        extent: 'full' | 'partial';
        note?: string;
        partsReadmitted?: (
          'core' | 'ran' | 'transport' | 'management' | 'government-networks' | 'whole-network'
        )[];
        target:
          | {
              /** @constant */
              kind: 'pledge';
            }
          | {
              /** @constant */
              kind: 'measure';
              measureId: string;
            };
        vendorsReadmitted: string[];
      };
      effectiveAt: string;
      /** @enum {string} */
      effectivePrecision: 'year' | 'month' | 'day';
      id: string;
      /** @constant */
      schemaVersion: 1;
      source: {
        /** @enum {string} */
        confidence: 'high' | 'medium' | 'low';
        derivedFromAggregate?: string;
        document: string;
        note?: string;
        quote?: string;
        refs?: string[];
        /** Format: uri */
        url?: string;
      };
      subject: string;
      /** @constant */
      type: 'CommitmentReversed';
    };
    EventCorrected: {
      data: {
        correctedEventId: string;
        data?: {
          [key: string]: unknown;
        };
        effectiveAt?: string;
        /** @enum {string} */
        effectivePrecision?: 'year' | 'month' | 'day';
        reason: string;
        source?: {
          /** @enum {string} */
          confidence: 'high' | 'medium' | 'low';
          derivedFromAggregate?: string;
          document: string;
          note?: string;
          quote?: string;
          refs?: string[];
          /** Format: uri */
          url?: string;
        };
      };
      effectiveAt: string;
      /** @enum {string} */
      effectivePrecision: 'year' | 'month' | 'day';
      id: string;
      /** @constant */
      schemaVersion: 1;
      source: {
        /** @enum {string} */
        confidence: 'high' | 'medium' | 'low';
        derivedFromAggregate?: string;
        document: string;
        note?: string;
        quote?: string;
        refs?: string[];
        /** Format: uri */
        url?: string;
      };
      subject: string;
      /** @constant */
      type: 'EventCorrected';
    };
    EventRetracted: {
      data: {
        reason: string;
        retractedEventId: string;
      };
      effectiveAt: string;
      /** @enum {string} */
      effectivePrecision: 'year' | 'month' | 'day';
      id: string;
      /** @constant */
      schemaVersion: 1;
      source: {
        /** @enum {string} */
        confidence: 'high' | 'medium' | 'low';
        derivedFromAggregate?: string;
        document: string;
        note?: string;
        quote?: string;
        refs?: string[];
        /** Format: uri */
        url?: string;
      };
      subject: string;
      /** @constant */
      type: 'EventRetracted';
    };
    /** @description One page of the log, in log order */
    EventsPage: {
      events: components['schemas']['StoredEvent'][];
      /** @description pass as `cursor` for the next page; absent on the last page */
      nextCursor?: number;
    };
    /** @description Per vendor, the markets in each class on asOf */
    Exposure: {
      /** @description a calendar day, YYYY-MM-DD */
      asOf: string;
      /** @description an ISO 8601 UTC instant */
      knownAt?: string;
      vendors: {
        byStatus: {
          closed: {
            count: number;
            /** @description a fraction of the world total; null without one */
            gdpShare: number | null;
            gdpUsd: number;
            markets: {
              country: string;
              /** @description a calendar day, YYYY-MM-DD */
              deadline?: string;
              gdpUsd?: {
                value: number;
                /** @description the year the figure is for (earlier than asked when that year had none) */
                year: number;
              };
              measureIds: string[];
              /** @enum {string} */
              status: 'suspended' | 'closed' | 'phase-out-pending' | 'restricted' | 'open';
              subscriptions?: {
                value: number;
                /** @description the year the figure is for (earlier than asked when that year had none) */
                year: number;
              };
            }[];
            missing: {
              gdp: string[];
              subscriptions: string[];
            };
            subscriptions: number;
            /** @description a fraction of the world total; null without one */
            subscriptionsShare: number | null;
          };
          open: {
            count: number;
            /** @description a fraction of the world total; null without one */
            gdpShare: number | null;
            gdpUsd: number;
            markets: {
              country: string;
              /** @description a calendar day, YYYY-MM-DD */
              deadline?: string;
              gdpUsd?: {
                value: number;
                /** @description the year the figure is for (earlier than asked when that year had none) */
                year: number;
              };
              measureIds: string[];
              /** @enum {string} */
              status: 'suspended' | 'closed' | 'phase-out-pending' | 'restricted' | 'open';
              subscriptions?: {
                value: number;
                /** @description the year the figure is for (earlier than asked when that year had none) */
                year: number;
              };
            }[];
            missing: {
              gdp: string[];
              subscriptions: string[];
            };
            subscriptions: number;
            /** @description a fraction of the world total; null without one */
            subscriptionsShare: number | null;
          };
          'phase-out-pending': {
            count: number;
            /** @description a fraction of the world total; null without one */
            gdpShare: number | null;
            gdpUsd: number;
            markets: {
              country: string;
              /** @description a calendar day, YYYY-MM-DD */
              deadline?: string;
              gdpUsd?: {
                value: number;
                /** @description the year the figure is for (earlier than asked when that year had none) */
                year: number;
              };
              measureIds: string[];
              /** @enum {string} */
              status: 'suspended' | 'closed' | 'phase-out-pending' | 'restricted' | 'open';
              subscriptions?: {
                value: number;
                /** @description the year the figure is for (earlier than asked when that year had none) */
                year: number;
              };
            }[];
            missing: {
              gdp: string[];
              subscriptions: string[];
            };
            subscriptions: number;
            /** @description a fraction of the world total; null without one */
            subscriptionsShare: number | null;
          };
          restricted: {
            count: number;
            /** @description a fraction of the world total; null without one */
            gdpShare: number | null;
            gdpUsd: number;
            markets: {
              country: string;
              /** @description a calendar day, YYYY-MM-DD */
              deadline?: string;
              gdpUsd?: {
                value: number;
                /** @description the year the figure is for (earlier than asked when that year had none) */
                year: number;
              };
              measureIds: string[];
              /** @enum {string} */
              status: 'suspended' | 'closed' | 'phase-out-pending' | 'restricted' | 'open';
              subscriptions?: {
                value: number;
                /** @description the year the figure is for (earlier than asked when that year had none) */
                year: number;
              };
            }[];
            missing: {
              gdp: string[];
              subscriptions: string[];
            };
            subscriptions: number;
            /** @description a fraction of the world total; null without one */
            subscriptionsShare: number | null;
          };
          suspended: {
            count: number;
            /** @description a fraction of the world total; null without one */
            gdpShare: number | null;
            gdpUsd: number;
            markets: {
              country: string;
              /** @description a calendar day, YYYY-MM-DD */
              deadline?: string;
              gdpUsd?: {
                value: number;
                /** @description the year the figure is for (earlier than asked when that year had none) */
                year: number;
              };
              measureIds: string[];
              /** @enum {string} */
              status: 'suspended' | 'closed' | 'phase-out-pending' | 'restricted' | 'open';
              subscriptions?: {
                value: number;
                /** @description the year the figure is for (earlier than asked when that year had none) */
                year: number;
              };
            }[];
            missing: {
              gdp: string[];
              subscriptions: string[];
            };
            subscriptions: number;
            /** @description a fraction of the world total; null without one */
            subscriptionsShare: number | null;
          };
        };
        vendorId: string;
      }[];
      year: number;
    };
    Liveness: {
      /** @constant */
      status: 'ok';
    };
    MeasureAmended: {
      data: {
        measureId: string;
        note?: string;
        scopes: {
          generations: ('2g' | '3g' | '4g' | '5g' | 'all')[];
          measure:
            | {
                /** @constant */
                kind: 'no-new-purchases';
              }
            | {
                deadline: string;
                /** @constant */
                kind: 'removal';
              }
            | {
                deadline?: string;
                /** @constant */
                kind: 'cap';
                percent: number;
              };
          /** @enum {string} */
          part:
            'core' | 'ran' | 'transport' | 'management' | 'government-networks' | 'whole-network';
        }[];
        vendors?:
          | {
              /** @constant */
              kind: 'named';
              vendorIds: string[];
            }
          | {
              description: string;
              /** @constant */
              kind: 'criteria';
              knownAffected: string[];
            };
      };
      effectiveAt: string;
      /** @enum {string} */
      effectivePrecision: 'year' | 'month' | 'day';
      id: string;
      /** @constant */
      schemaVersion: 1;
      source: {
        /** @enum {string} */
        confidence: 'high' | 'medium' | 'low';
        derivedFromAggregate?: string;
        document: string;
        note?: string;
        quote?: string;
        refs?: string[];
        /** Format: uri */
        url?: string;
      };
      subject: string;
      /** @constant */
      type: 'MeasureAmended';
    };
    MeasureStatusChanged: {
      data: {
        /** @enum {string} */
        by: 'court' | 'government' | 'regulator' | 'operator' | 'legislature';
        /** @enum {string} */
        change: 'suspended' | 'reinstated' | 'upheld' | 'lifted';
        measureId: string;
        note?: string;
      };
      effectiveAt: string;
      /** @enum {string} */
      effectivePrecision: 'year' | 'month' | 'day';
      id: string;
      /** @constant */
      schemaVersion: 1;
      source: {
        /** @enum {string} */
        confidence: 'high' | 'medium' | 'low';
        derivedFromAggregate?: string;
        document: string;
        note?: string;
        quote?: string;
        refs?: string[];
        /** Format: uri */
        url?: string;
      };
      subject: string;
      /** @constant */
      type: 'MeasureStatusChanged';
    };
    /** @description Who was committed on asOf, as the ledger knew it at knownAt */
    Membership: {
      /** @description a calendar day, YYYY-MM-DD */
      asOf: string;
      blocs: {
        blocCommitted: boolean;
        blocId: string;
        committed: number;
        committedMembers: string[];
        /** @description "26 of 27" */
        label: string;
        members: number;
        name: string;
        uncommittedMembers: string[];
      }[];
      committed: {
        actorId: string;
        gdpUsd?: {
          value: number;
          /** @description the year the figure is for (earlier than asked when that year had none) */
          year: number;
        };
        /** @description the day the current membership began */
        joined: string;
        joinEventId: string;
        /** @enum {string} */
        kind: 'country' | 'operator' | 'company' | 'bloc';
        name?: string;
        /** @description 1 for the earliest joiner still committed, and so on */
        ordinal: number;
        /** @enum {string} */
        status: 'member' | 'weakened';
        subscribers?: {
          count: number;
          year: number;
        };
      }[];
      counts: {
        bloc: number;
        company: number;
        country: number;
        operator: number;
        total: number;
      };
      gdp: {
        committedUsd: number;
        /** @description a fraction of the world total; null without one */
        share: number | null;
        worldUsd: number;
        year: number;
      };
      /** @description an ISO 8601 UTC instant */
      knownAt?: string;
      /** @description committed actors without a reference figure: never counted as zero */
      missing: {
        gdp: string[];
        subscribers: string[];
      };
      subscribers: {
        covered: number;
        operatorsWithFigure: number;
      };
    };
    PledgeMade: {
      data: {
        actorName?: string;
        counterparty?: string;
        homeCountry?: string;
        /** @enum {string} */
        instrument:
          'declaration' | 'mou' | 'joint-statement' | 'statement' | 'membership' | 'other';
        note?: string;
        pillars?: ('carrier' | 'store' | 'apps' | 'cloud' | 'cable' | 'path')[];
        /** @enum {string} */
        programme: 'clean-network' | '5g-clean-path' | 'clean-telco';
      };
      effectiveAt: string;
      /** @enum {string} */
      effectivePrecision: 'year' | 'month' | 'day';
      id: string;
      /** @constant */
      schemaVersion: 1;
      source: {
        /** @enum {string} */
        confidence: 'high' | 'medium' | 'low';
        derivedFromAggregate?: string;
        document: string;
        note?: string;
        quote?: string;
        refs?: string[];
        /** Format: uri */
        url?: string;
      };
      subject: string;
      /** @constant */
      type: 'PledgeMade';
    };
    /** @description An RFC 9457 problem document (application/problem+json) */
    Problem: {
      /** @description version conflicts: the version the log holds */
      actual?: number;
      /** @description the domain error code (422, 409) */
      code?: string;
      /** @description what went wrong with this request */
      detail: string;
      /** @description each field or rule the request broke */
      errors?: {
        message: string;
        /** @description the field or rule, e.g. data.scopes[0].deadline */
        path: string;
      }[];
      /** @description version conflicts: the version the request expected */
      expected?: number;
      /** @description the request path and query */
      instance?: string;
      /** @description the domain rule broken (422) */
      rule?: string;
      status: number;
      /** @description version conflicts: the actor */
      subject?: string;
      /** @description the same for every problem of this type */
      title: string;
      /**
       * Format: uri
       * @description the problem type: an absolute URL whose page describes it (GET /problems/{type})
       */
      type: string;
    } & {
      [key: string]: unknown;
    };
    ProjectionState: {
      /** @description commitment changes derived */
      changes: number;
      /** @description events applied */
      events: number;
      /** @description the id of the last change (the head of the stream), null when none */
      lastChangeId: string | null;
      /** @description SHA-256 of the projections; equal to a fresh replay of the same log */
      stateHash: string;
      stateHashAsOf: string;
    };
    ProposedBatch: {
      events: components['schemas']['ProposedEvent'][];
    };
    ProposedEvent:
      | components['schemas']['PledgeMade']
      | components['schemas']['VendorsExcluded']
      | components['schemas']['BanEnacted']
      | components['schemas']['MeasureStatusChanged']
      | components['schemas']['MeasureAmended']
      | components['schemas']['CommitmentReversed']
      | components['schemas']['EventCorrected']
      | components['schemas']['EventRetracted'];
    Readiness: {
      checks: {
        detail?: string;
        name: string;
        ok: boolean;
      }[];
      /** @enum {string} */
      status: 'ready' | 'not-ready';
    };
    /** @description Every change that weakened a commitment, effective on or before asOf */
    Regressions: {
      asOf: string;
      knownAt?: string;
      /** @description in timeline order */
      regressions: components['schemas']['CommitmentChange'][];
    };
    StoredBanEnacted: {
      data: {
        /** @enum {string} */
        instrument:
          | 'law'
          | 'regulation'
          | 'licence-condition'
          | 'procurement-guideline'
          | 'operator-decision'
          | 'policy-statement';
        measureId: string;
        note?: string;
        scopes: {
          generations: ('2g' | '3g' | '4g' | '5g' | 'all')[];
          measure:
            | {
                /** @constant */
                kind: 'no-new-purchases';
              }
            | {
                deadline: string;
                /** @constant */
                kind: 'removal';
              }
            | {
                deadline?: string;
                /** @constant */
                kind: 'cap';
                percent: number;
              };
          /** @enum {string} */
          part:
            'core' | 'ran' | 'transport' | 'management' | 'government-networks' | 'whole-network';
        }[];
        vendors:
          | {
              /** @constant */
              kind: 'named';
              vendorIds: string[];
            }
          | {
              description: string;
              /** @constant */
              kind: 'criteria';
              knownAffected: string[];
            };
      };
      effectiveAt: string;
      /** @enum {string} */
      effectivePrecision: 'year' | 'month' | 'day';
      id: string;
      /** @description the position in the log, from 0 */
      position: number;
      recordedAt: string;
      recordedBy: string;
      /** @constant */
      schemaVersion: 1;
      source: {
        /** @enum {string} */
        confidence: 'high' | 'medium' | 'low';
        derivedFromAggregate?: string;
        document: string;
        note?: string;
        quote?: string;
        refs?: string[];
        /** Format: uri */
        url?: string;
      };
      /** @constant */
      specversion: '1.0';
      subject: string;
      /** @constant */
      type: 'BanEnacted';
    };
    StoredBatch: {
      /** @description in batch order */
      events: components['schemas']['StoredEvent'][];
    };
    StoredCommitmentReversed: {
      data: {
        /** @enum {string} */
        extent: 'full' | 'partial';
        note?: string;
        partsReadmitted?: (
          'core' | 'ran' | 'transport' | 'management' | 'government-networks' | 'whole-network'
        )[];
        target:
          | {
              /** @constant */
              kind: 'pledge';
            }
          | {
              /** @constant */
              kind: 'measure';
              measureId: string;
            };
        vendorsReadmitted: string[];
      };
      effectiveAt: string;
      /** @enum {string} */
      effectivePrecision: 'year' | 'month' | 'day';
      id: string;
      /** @description the position in the log, from 0 */
      position: number;
      recordedAt: string;
      recordedBy: string;
      /** @constant */
      schemaVersion: 1;
      source: {
        /** @enum {string} */
        confidence: 'high' | 'medium' | 'low';
        derivedFromAggregate?: string;
        document: string;
        note?: string;
        quote?: string;
        refs?: string[];
        /** Format: uri */
        url?: string;
      };
      /** @constant */
      specversion: '1.0';
      subject: string;
      /** @constant */
      type: 'CommitmentReversed';
    };
    /** @description A stored event: the CloudEvent the ledger recorded and its position in the log */
    StoredEvent:
      | components['schemas']['StoredPledgeMade']
      | components['schemas']['StoredVendorsExcluded']
      | components['schemas']['StoredBanEnacted']
      | components['schemas']['StoredMeasureStatusChanged']
      | components['schemas']['StoredMeasureAmended']
      | components['schemas']['StoredCommitmentReversed']
      | components['schemas']['StoredEventCorrected']
      | components['schemas']['StoredEventRetracted'];
    StoredEventCorrected: {
      data: {
        correctedEventId: string;
        data?: {
          [key: string]: unknown;
        };
        effectiveAt?: string;
        /** @enum {string} */
        effectivePrecision?: 'year' | 'month' | 'day';
        reason: string;
        source?: {
          /** @enum {string} */
          confidence: 'high' | 'medium' | 'low';
          derivedFromAggregate?: string;
          document: string;
          note?: string;
          quote?: string;
          refs?: string[];
          /** Format: uri */
          url?: string;
        };
      };
      effectiveAt: string;
      /** @enum {string} */
      effectivePrecision: 'year' | 'month' | 'day';
      id: string;
      /** @description the position in the log, from 0 */
      position: number;
      recordedAt: string;
      recordedBy: string;
      /** @constant */
      schemaVersion: 1;
      source: {
        /** @enum {string} */
        confidence: 'high' | 'medium' | 'low';
        derivedFromAggregate?: string;
        document: string;
        note?: string;
        quote?: string;
        refs?: string[];
        /** Format: uri */
        url?: string;
      };
      /** @constant */
      specversion: '1.0';
      subject: string;
      /** @constant */
      type: 'EventCorrected';
    };
    StoredEventRetracted: {
      data: {
        reason: string;
        retractedEventId: string;
      };
      effectiveAt: string;
      /** @enum {string} */
      effectivePrecision: 'year' | 'month' | 'day';
      id: string;
      /** @description the position in the log, from 0 */
      position: number;
      recordedAt: string;
      recordedBy: string;
      /** @constant */
      schemaVersion: 1;
      source: {
        /** @enum {string} */
        confidence: 'high' | 'medium' | 'low';
        derivedFromAggregate?: string;
        document: string;
        note?: string;
        quote?: string;
        refs?: string[];
        /** Format: uri */
        url?: string;
      };
      /** @constant */
      specversion: '1.0';
      subject: string;
      /** @constant */
      type: 'EventRetracted';
    };
    StoredMeasureAmended: {
      data: {
        measureId: string;
        note?: string;
        scopes: {
          generations: ('2g' | '3g' | '4g' | '5g' | 'all')[];
          measure:
            | {
                /** @constant */
                kind: 'no-new-purchases';
              }
            | {
                deadline: string;
                /** @constant */
                kind: 'removal';
              }
            | {
                deadline?: string;
                /** @constant */
                kind: 'cap';
                percent: number;
              };
          /** @enum {string} */
          part:
            'core' | 'ran' | 'transport' | 'management' | 'government-networks' | 'whole-network';
        }[];
        vendors?:
          | {
              /** @constant */
              kind: 'named';
              vendorIds: string[];
            }
          | {
              description: string;
              /** @constant */
              kind: 'criteria';
              knownAffected: string[];
            };
      };
      effectiveAt: string;
      /** @enum {string} */
      effectivePrecision: 'year' | 'month' | 'day';
      id: string;
      /** @description the position in the log, from 0 */
      position: number;
      recordedAt: string;
      recordedBy: string;
      /** @constant */
      schemaVersion: 1;
      source: {
        /** @enum {string} */
        confidence: 'high' | 'medium' | 'low';
        derivedFromAggregate?: string;
        document: string;
        note?: string;
        quote?: string;
        refs?: string[];
        /** Format: uri */
        url?: string;
      };
      /** @constant */
      specversion: '1.0';
      subject: string;
      /** @constant */
      type: 'MeasureAmended';
    };
    StoredMeasureStatusChanged: {
      data: {
        /** @enum {string} */
        by: 'court' | 'government' | 'regulator' | 'operator' | 'legislature';
        /** @enum {string} */
        change: 'suspended' | 'reinstated' | 'upheld' | 'lifted';
        measureId: string;
        note?: string;
      };
      effectiveAt: string;
      /** @enum {string} */
      effectivePrecision: 'year' | 'month' | 'day';
      id: string;
      /** @description the position in the log, from 0 */
      position: number;
      recordedAt: string;
      recordedBy: string;
      /** @constant */
      schemaVersion: 1;
      source: {
        /** @enum {string} */
        confidence: 'high' | 'medium' | 'low';
        derivedFromAggregate?: string;
        document: string;
        note?: string;
        quote?: string;
        refs?: string[];
        /** Format: uri */
        url?: string;
      };
      /** @constant */
      specversion: '1.0';
      subject: string;
      /** @constant */
      type: 'MeasureStatusChanged';
    };
    StoredPledgeMade: {
      data: {
        actorName?: string;
        counterparty?: string;
        homeCountry?: string;
        /** @enum {string} */
        instrument:
          'declaration' | 'mou' | 'joint-statement' | 'statement' | 'membership' | 'other';
        note?: string;
        pillars?: ('carrier' | 'store' | 'apps' | 'cloud' | 'cable' | 'path')[];
        /** @enum {string} */
        programme: 'clean-network' | '5g-clean-path' | 'clean-telco';
      };
      effectiveAt: string;
      /** @enum {string} */
      effectivePrecision: 'year' | 'month' | 'day';
      id: string;
      /** @description the position in the log, from 0 */
      position: number;
      recordedAt: string;
      recordedBy: string;
      /** @constant */
      schemaVersion: 1;
      source: {
        /** @enum {string} */
        confidence: 'high' | 'medium' | 'low';
        derivedFromAggregate?: string;
        document: string;
        note?: string;
        quote?: string;
        refs?: string[];
        /** Format: uri */
        url?: string;
      };
      /** @constant */
      specversion: '1.0';
      subject: string;
      /** @constant */
      type: 'PledgeMade';
    };
    StoredVendorsExcluded: {
      data: {
        /** @enum {string} */
        instrument:
          | 'law'
          | 'regulation'
          | 'licence-condition'
          | 'procurement-guideline'
          | 'operator-decision'
          | 'policy-statement';
        measureId: string;
        note?: string;
        scopes: {
          generations: ('2g' | '3g' | '4g' | '5g' | 'all')[];
          measure:
            | {
                /** @constant */
                kind: 'no-new-purchases';
              }
            | {
                deadline: string;
                /** @constant */
                kind: 'removal';
              }
            | {
                deadline?: string;
                /** @constant */
                kind: 'cap';
                percent: number;
              };
          /** @enum {string} */
          part:
            'core' | 'ran' | 'transport' | 'management' | 'government-networks' | 'whole-network';
        }[];
        vendors:
          | {
              /** @constant */
              kind: 'named';
              vendorIds: string[];
            }
          | {
              description: string;
              /** @constant */
              kind: 'criteria';
              knownAffected: string[];
            };
      };
      effectiveAt: string;
      /** @enum {string} */
      effectivePrecision: 'year' | 'month' | 'day';
      id: string;
      /** @description the position in the log, from 0 */
      position: number;
      recordedAt: string;
      recordedBy: string;
      /** @constant */
      schemaVersion: 1;
      source: {
        /** @enum {string} */
        confidence: 'high' | 'medium' | 'low';
        derivedFromAggregate?: string;
        document: string;
        note?: string;
        quote?: string;
        refs?: string[];
        /** Format: uri */
        url?: string;
      };
      /** @constant */
      specversion: '1.0';
      subject: string;
      /** @constant */
      type: 'VendorsExcluded';
    };
    /** @description Membership and exposure figures at one date */
    TrendPoint: {
      /** @description a calendar day, YYYY-MM-DD */
      asOf: string;
      exposure: {
        gdpShare: {
          /** @description a fraction of the world total; null without one */
          closed: number | null;
          /** @description a fraction of the world total; null without one */
          open: number | null;
          /** @description a fraction of the world total; null without one */
          'phase-out-pending': number | null;
          /** @description a fraction of the world total; null without one */
          restricted: number | null;
          /** @description a fraction of the world total; null without one */
          suspended: number | null;
        };
        markets: {
          closed: number;
          open: number;
          'phase-out-pending': number;
          restricted: number;
          suspended: number;
        };
        subscriptionsShare: {
          /** @description a fraction of the world total; null without one */
          closed: number | null;
          /** @description a fraction of the world total; null without one */
          open: number | null;
          /** @description a fraction of the world total; null without one */
          'phase-out-pending': number | null;
          /** @description a fraction of the world total; null without one */
          restricted: number | null;
          /** @description a fraction of the world total; null without one */
          suspended: number | null;
        };
        vendorId: string;
      }[];
      /** @description a fraction of the world total; null without one */
      gdpShare: number | null;
      members: {
        bloc: number;
        company: number;
        country: number;
        operator: number;
        total: number;
      };
      subscribersCovered: number;
    };
    /** @description Membership and exposure figures at the end of each interval from..to */
    Trends: {
      from: string;
      /** @enum {string} */
      interval: 'month' | 'quarter' | 'year';
      points: components['schemas']['TrendPoint'][];
      to: string;
    };
    VendorsExcluded: {
      data: {
        /** @enum {string} */
        instrument:
          | 'law'
          | 'regulation'
          | 'licence-condition'
          | 'procurement-guideline'
          | 'operator-decision'
          | 'policy-statement';
        measureId: string;
        note?: string;
        scopes: {
          generations: ('2g' | '3g' | '4g' | '5g' | 'all')[];
          measure:
            | {
                /** @constant */
                kind: 'no-new-purchases';
              }
            | {
                deadline: string;
                /** @constant */
                kind: 'removal';
              }
            | {
                deadline?: string;
                /** @constant */
                kind: 'cap';
                percent: number;
              };
          /** @enum {string} */
          part:
            'core' | 'ran' | 'transport' | 'management' | 'government-networks' | 'whole-network';
        }[];
        vendors:
          | {
              /** @constant */
              kind: 'named';
              vendorIds: string[];
            }
          | {
              description: string;
              /** @constant */
              kind: 'criteria';
              knownAffected: string[];
            };
      };
      effectiveAt: string;
      /** @enum {string} */
      effectivePrecision: 'year' | 'month' | 'day';
      id: string;
      /** @constant */
      schemaVersion: 1;
      source: {
        /** @enum {string} */
        confidence: 'high' | 'medium' | 'low';
        derivedFromAggregate?: string;
        document: string;
        note?: string;
        quote?: string;
        refs?: string[];
        /** Format: uri */
        url?: string;
      };
      subject: string;
      /** @constant */
      type: 'VendorsExcluded';
    };
  };
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
      /** @description The AsyncAPI document, its servers from KAFKA_BROKERS and this service */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/yaml': string;
        };
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
      /** @description The process answers */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Liveness'];
        };
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
      /** @description Events applied, changes derived, the digest */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectionState'];
        };
      };
    };
  };
  ProblemTypesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An HTML list of links */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
    };
  };
  ProblemTypesController_page: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        type: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An HTML page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "No route at this path, or the ledger has no events about the actor asked for."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
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
      /** @description Every check passed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
      /** @description A check failed: the checks say which */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
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
      /** @description Every actor with its status; CSV: one row per actor */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "asOf": "2021-01-31",
           *       "actors": [
           *         {
           *           "id": "EE",
           *           "kind": "country",
           *           "name": "Estonia",
           *           "commitment": "member",
           *           "joinedOn": "2019-10-31",
           *           "measures": 0
           *         },
           *         {
           *           "id": "US",
           *           "kind": "country",
           *           "name": "United States",
           *           "commitment": "member",
           *           "joinedOn": "2020-04-29",
           *           "measures": 2
           *         },
           *         {
           *           "id": "CA",
           *           "kind": "country",
           *           "name": "Canada",
           *           "commitment": "member",
           *           "joinedOn": "2020-06-03",
           *           "measures": 1
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['Actors'];
          /**
           * @example id,kind,name,commitment,joinedOn,measures
           *     EE,country,Estonia,member,2019-10-31,0
           *     US,country,United States,member,2020-04-29,2
           *     CA,country,Canada,member,2020-06-03,1
           */
          'text/csv': string;
        };
      };
      /** @description Invalid request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/invalid-request",
           *       "title": "Invalid request",
           *       "status": 400,
           *       "detail": "The request does not match the schema: a query parameter, a header or the body."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "No bearer token, or one the service does not know."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
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
      /** @description The actor's events in effect, its status changes and its status on asOf */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "actorId": "BR",
           *       "asOf": "2024-12-31",
           *       "events": [
           *         {
           *           "eventId": "pledge-br-2020-11-10",
           *           "type": "PledgeMade",
           *           "effectiveAt": "2020-11-10",
           *           "effectivePrecision": "day",
           *           "effectiveOn": "2020-11-10",
           *           "recordedAt": "2025-01-02T09:00:00.011Z",
           *           "source": {
           *             "document": "000_8962080591705c37.txt",
           *             "refs": [
           *               "3"
           *             ],
           *             "quote": "Brazil emerged as the first Latin American participant, joining the Clean Network as its 50th member on November 10, 2020",
           *             "confidence": "high",
           *             "note": "002 quotes Foreign Minister Ernesto Araújo: 'Brazil is the 50th country to support the principles contained in the Clean Network.'"
           *           },
           *           "data": {
           *             "instrument": "statement",
           *             "programme": "clean-network"
           *           }
           *         },
           *         {
           *           "eventId": "reversal-br-2021",
           *           "type": "CommitmentReversed",
           *           "effectiveAt": "2021",
           *           "effectivePrecision": "year",
           *           "effectiveOn": "2021-12-31",
           *           "recordedAt": "2025-01-02T09:00:00.108Z",
           *           "source": {
           *             "document": "001_c15bfe1b3637a60c.txt",
           *             "quote": "following end us president donald trumps term january president brazil trump ally jair bolsonaro reversed course allowed huawei participate brazils auction",
           *             "confidence": "medium",
           *             "note": "After the end of President Trump's term in January 2021 (000: Biden's inauguration on January 20, 2021). That is the only bound the text gives: 001's numerals are stripped and no document states the year or month of the reversal, so 2021 is the year of the earliest possible day, not a year the text states. 003 [85] and 001 (Gu): 'several of the countries listed in the Clean Network already broken their commitments'."
           *           },
           *           "data": {
           *             "target": {
           *               "kind": "pledge"
           *             },
           *             "extent": "full",
           *             "vendorsReadmitted": [
           *               "vendor:huawei"
           *             ],
           *             "note": "Huawei allowed to take part in Brazil's 5G auction."
           *           }
           *         }
           *       ],
           *       "changes": [
           *         {
           *           "actorId": "BR",
           *           "effectivePrecision": "day",
           *           "causeEventId": "pledge-br-2020-11-10",
           *           "causeType": "PledgeMade",
           *           "source": {
           *             "document": "000_8962080591705c37.txt",
           *             "refs": [
           *               "3"
           *             ],
           *             "quote": "Brazil emerged as the first Latin American participant, joining the Clean Network as its 50th member on November 10, 2020",
           *             "confidence": "high",
           *             "note": "002 quotes Foreign Minister Ernesto Araújo: 'Brazil is the 50th country to support the principles contained in the Clean Network.'"
           *           },
           *           "dimension": "commitment",
           *           "before": "none",
           *           "after": "member",
           *           "regression": false,
           *           "effectiveOn": "2020-11-10"
           *         },
           *         {
           *           "actorId": "BR",
           *           "effectivePrecision": "year",
           *           "causeEventId": "reversal-br-2021",
           *           "causeType": "CommitmentReversed",
           *           "source": {
           *             "document": "001_c15bfe1b3637a60c.txt",
           *             "quote": "following end us president donald trumps term january president brazil trump ally jair bolsonaro reversed course allowed huawei participate brazils auction",
           *             "confidence": "medium",
           *             "note": "After the end of President Trump's term in January 2021 (000: Biden's inauguration on January 20, 2021). That is the only bound the text gives: 001's numerals are stripped and no document states the year or month of the reversal, so 2021 is the year of the earliest possible day, not a year the text states. 003 [85] and 001 (Gu): 'several of the countries listed in the Clean Network already broken their commitments'."
           *           },
           *           "dimension": "commitment",
           *           "before": "member",
           *           "after": "reversed",
           *           "vendorsReadmitted": [
           *             "vendor:huawei"
           *           ],
           *           "regression": true,
           *           "effectiveOn": "2021-12-31"
           *         }
           *       ],
           *       "status": {
           *         "commitment": "reversed",
           *         "joined": "2020-11-10",
           *         "measures": []
           *       }
           *     }
           */
          'application/json': components['schemas']['ActorTimeline'];
        };
      };
      /** @description Invalid request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/invalid-request",
           *       "title": "Invalid request",
           *       "status": 400,
           *       "detail": "The request does not match the schema: a query parameter, a header or the body."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "No bearer token, or one the service does not know."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "No route at this path, or the ledger has no events about the actor asked for."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
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
      header?: {
        /** @description The last change sequence number received: the stream resumes after it */
        'Last-Event-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The stream: the changes after the cursor, then live ones */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example retry: 2000
           *
           *     id: 108.0.4a68d390f1a609a3
           *     event: commitment-change
           *     data: {"actorId":"BR","effectivePrecision":"year","causeEventId":"reversal-br-2021","causeType":"CommitmentReversed","source":{"document":"001_c15bfe1b3637a60c.txt","quote":"following end us president donald trumps term january president brazil trump ally jair bolsonaro reversed course allowed huawei participate brazils auction","confidence":"medium","note":"After the end of President Trump's term in January 2021 (000: Biden's inauguration on January 20, 2021). That is the only bound the text gives: 001's numerals are stripped and no document states the year or month of the reversal, so 2021 is the year of the earliest possible day, not a year the text states. 003 [85] and 001 (Gu): 'several of the countries listed in the Clean Network already broken their commitments'."},"dimension":"commitment","before":"member","after":"reversed","regression":true,"effectiveOn":"2021-12-31"}
           */
          'text/event-stream': string;
        };
      };
      /** @description Invalid request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/invalid-request",
           *       "title": "Invalid request",
           *       "status": 400,
           *       "detail": "The request does not match the schema: a query parameter, a header or the body."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "No bearer token, or one the service does not know."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/too-many-requests",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "Writes are rate limited."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/unavailable",
           *       "title": "Service unavailable",
           *       "status": 503,
           *       "detail": "The event log is unreachable, the writer was fenced, or the service is shutting down."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
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
      /** @description One page of stored events; CSV: one row per event */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "events": [
           *         {
           *           "specversion": "1.0",
           *           "id": "pledge-ee-2019-10",
           *           "subject": "EE",
           *           "effectiveAt": "2019-10",
           *           "effectivePrecision": "month",
           *           "schemaVersion": 1,
           *           "source": {
           *             "document": "000_8962080591705c37.txt",
           *             "refs": [
           *               "3",
           *               "35"
           *             ],
           *             "quote": "Specific adherents included Estonia (October 2019), Latvia, Lithuania, Poland, Czech Republic, Romania, Bulgaria",
           *             "confidence": "medium",
           *             "note": "000 also names Estonia among the June 25, 2020 pledges [3] and says the Baltic states signed U.S.-led declarations on 5G security 'in 2019 and 2020' [35]; the ledger records the earliest date given."
           *           },
           *           "type": "PledgeMade",
           *           "data": {
           *             "instrument": "declaration",
           *             "programme": "clean-network",
           *             "counterparty": "US"
           *           },
           *           "recordedAt": "2025-01-02T09:00:00.000Z",
           *           "recordedBy": "dataset",
           *           "position": 0
           *         },
           *         {
           *           "specversion": "1.0",
           *           "id": "pledge-us-2020-04-29",
           *           "subject": "US",
           *           "effectiveAt": "2020-04-29",
           *           "effectivePrecision": "day",
           *           "schemaVersion": 1,
           *           "source": {
           *             "document": "002_48c83971eedd9a60.txt",
           *             "quote": "On April 29, 2020, Secretary Pompeo announced that the U.S. Department of State will begin requiring a Clean Path for all 5G network traffic entering and exiting U.S. diplomatic facilities.",
           *             "confidence": "high",
           *             "note": "The United States founded the programme; its own 5G Clean Path (000 [2][1][25]) is recorded as its commitment. The Clean Network expansion followed on August 5, 2020 (002)."
           *           },
           *           "type": "PledgeMade",
           *           "data": {
           *             "instrument": "statement",
           *             "programme": "5g-clean-path",
           *             "pillars": [
           *               "path"
           *             ]
           *           },
           *           "recordedAt": "2025-01-02T09:00:00.001Z",
           *           "recordedBy": "dataset",
           *           "position": 1
           *         }
           *       ],
           *       "nextCursor": 1
           *     }
           */
          'application/json': components['schemas']['EventsPage'];
          /**
           * @example specversion,id,subject,effectiveAt,effectivePrecision,schemaVersion,source.document,source.refs,source.quote,source.confidence,source.note,type,data.instrument,data.programme,data.counterparty,recordedAt,recordedBy,position,data.pillars
           *     1.0,pledge-ee-2019-10,EE,2019-10,month,1,000_8962080591705c37.txt,3; 35,"Specific adherents included Estonia (October 2019), Latvia, Lithuania, Poland, Czech Republic, Romania, Bulgaria",medium,"000 also names Estonia among the June 25, 2020 pledges [3] and says the Baltic states signed U.S.-led declarations on 5G security 'in 2019 and 2020' [35]; the ledger records the earliest date given.",PledgeMade,declaration,clean-network,US,2025-01-02T09:00:00.000Z,dataset,0,
           *     1.0,pledge-us-2020-04-29,US,2020-04-29,day,1,002_48c83971eedd9a60.txt,,"On April 29, 2020, Secretary Pompeo announced that the U.S. Department of State will begin requiring a Clean Path for all 5G network traffic entering and exiting U.S. diplomatic facilities.",high,"The United States founded the programme; its own 5G Clean Path (000 [2][1][25]) is recorded as its commitment. The Clean Network expansion followed on August 5, 2020 (002).",PledgeMade,statement,5g-clean-path,,2025-01-02T09:00:00.001Z,dataset,1,path
           */
          'text/csv': string;
        };
      };
      /** @description Invalid request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/invalid-request",
           *       "title": "Invalid request",
           *       "status": 400,
           *       "detail": "The request does not match the schema: a query parameter, a header or the body."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "No bearer token, or one the service does not know."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
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
        'application/json': components['schemas']['ProposedEvent'];
      };
    };
    responses: {
      /** @description The stored envelope: the event stamped with recordedAt, recordedBy and its position */
      201: {
        headers: {
          /** @description `true` when every event had been recorded before: the originals are returned */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "specversion": "1.0",
           *       "id": "pledge-br-2020-11-10",
           *       "subject": "BR",
           *       "effectiveAt": "2020-11-10",
           *       "effectivePrecision": "day",
           *       "schemaVersion": 1,
           *       "source": {
           *         "document": "000_8962080591705c37.txt",
           *         "refs": [
           *           "3"
           *         ],
           *         "quote": "Brazil emerged as the first Latin American participant, joining the Clean Network as its 50th member on November 10, 2020",
           *         "confidence": "high",
           *         "note": "002 quotes Foreign Minister Ernesto Araújo: 'Brazil is the 50th country to support the principles contained in the Clean Network.'"
           *       },
           *       "type": "PledgeMade",
           *       "data": {
           *         "instrument": "statement",
           *         "programme": "clean-network"
           *       },
           *       "recordedAt": "2025-01-02T09:00:00.011Z",
           *       "recordedBy": "dataset",
           *       "position": 11
           *     }
           */
          'application/json': components['schemas']['StoredEvent'];
        };
      };
      /** @description Invalid request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/invalid-request",
           *       "title": "Invalid request",
           *       "status": 400,
           *       "detail": "The request does not match the schema: a query parameter, a header or the body."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "No bearer token, or one the service does not know."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/forbidden",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "The token is known but its role may not do this (recording events needs the recorder role)."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Version conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/version-conflict",
           *       "title": "Version conflict",
           *       "status": 409,
           *       "detail": "The actor’s stream is not at the version the request expected (`expected`, `actual`), or the event conflicts with what is recorded."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Payload too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/payload-too-large",
           *       "title": "Payload too large",
           *       "status": 413,
           *       "detail": "The body exceeds the service’s limit (LEDGER_BODY_LIMIT_BYTES)."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/unsupported-media-type",
           *       "title": "Unsupported media type",
           *       "status": 415,
           *       "detail": "Writes take `application/json` encoded as UTF-8."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Domain rule violated */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/domain-rule-violated",
           *       "title": "Domain rule violated",
           *       "status": 422,
           *       "detail": "The event is well formed but breaks a rule of the event model (`rule`, `code`), e.g."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/too-many-requests",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "Writes are rate limited."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/unavailable",
           *       "title": "Service unavailable",
           *       "status": 503,
           *       "detail": "The event log is unreachable, the writer was fenced, or the service is shutting down."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
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
        /**
         * @example {
         *       "events": [
         *         {
         *           "id": "pledge-br-2020-11-10",
         *           "subject": "BR",
         *           "effectiveAt": "2020-11-10",
         *           "effectivePrecision": "day",
         *           "schemaVersion": 1,
         *           "source": {
         *             "document": "000_8962080591705c37.txt",
         *             "refs": [
         *               "3"
         *             ],
         *             "quote": "Brazil emerged as the first Latin American participant, joining the Clean Network as its 50th member on November 10, 2020",
         *             "confidence": "high",
         *             "note": "002 quotes Foreign Minister Ernesto Araújo: 'Brazil is the 50th country to support the principles contained in the Clean Network.'"
         *           },
         *           "type": "PledgeMade",
         *           "data": {
         *             "instrument": "statement",
         *             "programme": "clean-network"
         *           }
         *         },
         *         {
         *           "id": "reversal-br-2021",
         *           "subject": "BR",
         *           "effectiveAt": "2021",
         *           "effectivePrecision": "year",
         *           "schemaVersion": 1,
         *           "source": {
         *             "document": "001_c15bfe1b3637a60c.txt",
         *             "quote": "following end us president donald trumps term january president brazil trump ally jair bolsonaro reversed course allowed huawei participate brazils auction",
         *             "confidence": "medium",
         *             "note": "After the end of President Trump's term in January 2021 (000: Biden's inauguration on January 20, 2021). That is the only bound the text gives: 001's numerals are stripped and no document states the year or month of the reversal, so 2021 is the year of the earliest possible day, not a year the text states. 003 [85] and 001 (Gu): 'several of the countries listed in the Clean Network already broken their commitments'."
         *           },
         *           "type": "CommitmentReversed",
         *           "data": {
         *             "target": {
         *               "kind": "pledge"
         *             },
         *             "extent": "full",
         *             "vendorsReadmitted": [
         *               "vendor:huawei"
         *             ],
         *             "note": "Huawei allowed to take part in Brazil's 5G auction."
         *           }
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['ProposedBatch'];
      };
    };
    responses: {
      /** @description The stored envelopes in batch order */
      201: {
        headers: {
          /** @description `true` when every event had been recorded before: the originals are returned */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "events": [
           *         {
           *           "specversion": "1.0",
           *           "id": "pledge-br-2020-11-10",
           *           "subject": "BR",
           *           "effectiveAt": "2020-11-10",
           *           "effectivePrecision": "day",
           *           "schemaVersion": 1,
           *           "source": {
           *             "document": "000_8962080591705c37.txt",
           *             "refs": [
           *               "3"
           *             ],
           *             "quote": "Brazil emerged as the first Latin American participant, joining the Clean Network as its 50th member on November 10, 2020",
           *             "confidence": "high",
           *             "note": "002 quotes Foreign Minister Ernesto Araújo: 'Brazil is the 50th country to support the principles contained in the Clean Network.'"
           *           },
           *           "type": "PledgeMade",
           *           "data": {
           *             "instrument": "statement",
           *             "programme": "clean-network"
           *           },
           *           "recordedAt": "2025-01-02T09:00:00.011Z",
           *           "recordedBy": "dataset",
           *           "position": 11
           *         },
           *         {
           *           "specversion": "1.0",
           *           "id": "reversal-br-2021",
           *           "subject": "BR",
           *           "effectiveAt": "2021",
           *           "effectivePrecision": "year",
           *           "schemaVersion": 1,
           *           "source": {
           *             "document": "001_c15bfe1b3637a60c.txt",
           *             "quote": "following end us president donald trumps term january president brazil trump ally jair bolsonaro reversed course allowed huawei participate brazils auction",
           *             "confidence": "medium",
           *             "note": "After the end of President Trump's term in January 2021 (000: Biden's inauguration on January 20, 2021). That is the only bound the text gives: 001's numerals are stripped and no document states the year or month of the reversal, so 2021 is the year of the earliest possible day, not a year the text states. 003 [85] and 001 (Gu): 'several of the countries listed in the Clean Network already broken their commitments'."
           *           },
           *           "type": "CommitmentReversed",
           *           "data": {
           *             "target": {
           *               "kind": "pledge"
           *             },
           *             "extent": "full",
           *             "vendorsReadmitted": [
           *               "vendor:huawei"
           *             ],
           *             "note": "Huawei allowed to take part in Brazil's 5G auction."
           *           },
           *           "recordedAt": "2025-01-02T09:00:00.108Z",
           *           "recordedBy": "dataset",
           *           "position": 108
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['StoredBatch'];
        };
      };
      /** @description Invalid request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/invalid-request",
           *       "title": "Invalid request",
           *       "status": 400,
           *       "detail": "The request does not match the schema: a query parameter, a header or the body."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "No bearer token, or one the service does not know."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/forbidden",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "The token is known but its role may not do this (recording events needs the recorder role)."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Version conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/version-conflict",
           *       "title": "Version conflict",
           *       "status": 409,
           *       "detail": "The actor’s stream is not at the version the request expected (`expected`, `actual`), or the event conflicts with what is recorded."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Payload too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/payload-too-large",
           *       "title": "Payload too large",
           *       "status": 413,
           *       "detail": "The body exceeds the service’s limit (LEDGER_BODY_LIMIT_BYTES)."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/unsupported-media-type",
           *       "title": "Unsupported media type",
           *       "status": 415,
           *       "detail": "Writes take `application/json` encoded as UTF-8."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Domain rule violated */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/domain-rule-violated",
           *       "title": "Domain rule violated",
           *       "status": 422,
           *       "detail": "The event is well formed but breaks a rule of the event model (`rule`, `code`), e.g."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/too-many-requests",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "Writes are rate limited."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/unavailable",
           *       "title": "Service unavailable",
           *       "status": 503,
           *       "detail": "The event log is unreachable, the writer was fenced, or the service is shutting down."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
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
      /** @description Per vendor, the markets in each class; CSV: one row per vendor */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "asOf": "2024-12-31",
           *       "year": 2024,
           *       "vendors": [
           *         {
           *           "vendorId": "vendor:huawei",
           *           "byStatus": {
           *             "suspended": {
           *               "markets": [],
           *               "count": 0,
           *               "gdpUsd": 0,
           *               "gdpShare": 0,
           *               "subscriptions": 0,
           *               "subscriptionsShare": 0,
           *               "missing": {
           *                 "gdp": [],
           *                 "subscriptions": []
           *               }
           *             },
           *             "closed": {
           *               "markets": [
           *                 {
           *                   "country": "AU",
           *                   "status": "closed",
           *                   "measureIds": [
           *                     "au-2018-5g-high-risk-vendors"
           *                   ],
           *                   "gdpUsd": {
           *                     "value": 1720000000000,
           *                     "year": 2023
           *                   },
           *                   "subscriptions": {
           *                     "value": 28000000,
           *                     "year": 2020
           *                   }
           *                 },
           *                 {
           *                   "country": "GB",
           *                   "status": "closed",
           *                   "measureIds": [
           *                     "uk-2020-huawei-5g-purge"
           *                   ],
           *                   "gdpUsd": {
           *                     "value": 3340000000000,
           *                     "year": 2023
           *                   },
           *                   "subscriptions": {
           *                     "value": 79000000,
           *                     "year": 2020
           *                   }
           *                 },
           *                 {
           *                   "country": "SE",
           *                   "status": "closed",
           *                   "measureIds": [
           *                     "se-2020-5g-auction-conditions"
           *                   ],
           *                   "gdpUsd": {
           *                     "value": 584000000000,
           *                     "year": 2023
           *                   }
           *                 }
           *               ],
           *               "count": 4,
           *               "gdpUsd": 33344000000000,
           *               "gdpShare": 0.3229009958470462,
           *               "subscriptions": 547000000,
           *               "subscriptionsShare": 0.08650546391915613,
           *               "missing": {
           *                 "gdp": [],
           *                 "subscriptions": [
           *                   "SE"
           *                 ]
           *               }
           *             },
           *             "phase-out-pending": {
           *               "markets": [
           *                 {
           *                   "country": "DE",
           *                   "status": "phase-out-pending",
           *                   "measureIds": [
           *                     "de-2024-huawei-zte-phase-out"
           *                   ],
           *                   "deadline": "2029-12-31",
           *                   "gdpUsd": {
           *                     "value": 4460000000000,
           *                     "year": 2023
           *                   },
           *                   "subscriptions": {
           *                     "value": 107000000,
           *                     "year": 2020
           *                   }
           *                 }
           *               ],
           *               "count": 1,
           *               "gdpUsd": 4460000000000,
           *               "gdpShare": 0.04319033233798662,
           *               "subscriptions": 107000000,
           *               "subscriptionsShare": 0.01692154413043822,
           *               "missing": {
           *                 "gdp": [],
           *                 "subscriptions": []
           *               }
           *             },
           *             "restricted": {
           *               "markets": [
           *                 {
           *                   "country": "BG",
           *                   "status": "restricted",
           *                   "measureIds": [
           *                     "bg-2024-eu-toolbox-restriction"
           *                   ],
           *                   "gdpUsd": {
           *                     "value": 102000000000,
           *                     "year": 2023
           *                   }
           *                 },
           *                 {
           *                   "country": "CA",
           *                   "status": "restricted",
           *                   "measureIds": [
           *                     "ca-2020-core-exclusion"
           *                   ],
           *                   "gdpUsd": {
           *                     "value": 2140000000000,
           *                     "year": 2023
           *                   },
           *                   "subscriptions": {
           *                     "value": 34000000,
           *                     "year": 2020
           *                   }
           *                 },
           *                 {
           *                   "country": "CZ",
           *                   "status": "restricted",
           *                   "measureIds": [
           *                     "cz-2024-eu-toolbox-restriction"
           *                   ],
           *                   "gdpUsd": {
           *                     "value": 331000000000,
           *                     "year": 2023
           *                   }
           *                 }
           *               ],
           *               "count": 11,
           *               "gdpUsd": 9514900000000,
           *               "gdpShare": 0.09214163523827554,
           *               "subscriptions": 229000000,
           *               "subscriptionsShare": 0.03621526734458273,
           *               "missing": {
           *                 "gdp": [],
           *                 "subscriptions": [
           *                   "BG",
           *                   "CZ",
           *                   "EE"
           *                 ]
           *               }
           *             },
           *             "open": {
           *               "markets": [
           *                 {
           *                   "country": "AD",
           *                   "status": "open",
           *                   "measureIds": []
           *                 },
           *                 {
           *                   "country": "AE",
           *                   "status": "open",
           *                   "measureIds": [],
           *                   "gdpUsd": {
           *                     "value": 514000000000,
           *                     "year": 2023
           *                   }
           *                 },
           *                 {
           *                   "country": "AF",
           *                   "status": "open",
           *                   "measureIds": [],
           *                   "gdpUsd": {
           *                     "value": 17200000000,
           *                     "year": 2023
           *                   }
           *                 }
           *               ],
           *               "count": 234,
           *               "gdpUsd": 55944950000000,
           *               "gdpShare": 0.5417670365766917,
           *               "subscriptions": 5440300000,
           *               "subscriptionsShare": 0.8603577246058229,
           *               "missing": {
           *                 "gdp": [
           *                   "AD",
           *                   "AG",
           *                   "AI"
           *                 ],
           *                 "subscriptions": [
           *                   "AD",
           *                   "AE",
           *                   "AF"
           *                 ]
           *               }
           *             }
           *           }
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['Exposure'];
          /**
           * @example vendorId,byStatus.suspended.markets,byStatus.suspended.count,byStatus.suspended.gdpUsd,byStatus.suspended.gdpShare,byStatus.suspended.subscriptions,byStatus.suspended.subscriptionsShare,byStatus.suspended.missing.gdp,byStatus.suspended.missing.subscriptions,byStatus.closed.markets,byStatus.closed.count,byStatus.closed.gdpUsd,byStatus.closed.gdpShare,byStatus.closed.subscriptions,byStatus.closed.subscriptionsShare,byStatus.closed.missing.gdp,byStatus.closed.missing.subscriptions,byStatus.phase-out-pending.markets,byStatus.phase-out-pending.count,byStatus.phase-out-pending.gdpUsd,byStatus.phase-out-pending.gdpShare,byStatus.phase-out-pending.subscriptions,byStatus.phase-out-pending.subscriptionsShare,byStatus.phase-out-pending.missing.gdp,byStatus.phase-out-pending.missing.subscriptions,byStatus.restricted.markets,byStatus.restricted.count,byStatus.restricted.gdpUsd,byStatus.restricted.gdpShare,byStatus.restricted.subscriptions,byStatus.restricted.subscriptionsShare,byStatus.restricted.missing.gdp,byStatus.restricted.missing.subscriptions,byStatus.open.markets,byStatus.open.count,byStatus.open.gdpUsd,byStatus.open.gdpShare,byStatus.open.subscriptions,byStatus.open.subscriptionsShare,byStatus.open.missing.gdp,byStatus.open.missing.subscriptions
           *     vendor:huawei,,0,0,0,0,0,,,"[{""country"":""AU"",""status"":""closed"",""measureIds"":[""au-2018-5g-high-risk-vendors""],""gdpUsd"":{""value"":1720000000000,""year"":2023},""subscriptions"":{""value"":28000000,""year"":2020}},{""country"":""GB"",""status"":""closed"",""measureIds"":[""uk-2020-huawei-5g-purge""],""gdpUsd"":{""value"":3340000000000,""year"":2023},""subscriptions"":{""value"":79000000,""year"":2020}},{""country"":""SE"",""status"":""closed"",""measureIds"":[""se-2020-5g-auction-conditions""],""gdpUsd"":{""value"":584000000000,""year"":2023}},{""country"":""US"",""status"":""closed"",""measureIds"":[""us-2018-ndaa-section-889"",""us-2019-entity-list""],""gdpUsd"":{""value"":27700000000000,""year"":2023},""subscriptions"":{""value"":440000000,""year"":2020}}]",4,33344000000000,0.3229009958470462,547000000,0.08650546391915613,,SE,"[{""country"":""DE"",""status"":""phase-out-pending"",""measureIds"":[""de-2024-huawei-zte-phase-out""],""deadline"":""2029-12-31"",""gdpUsd"":{""value"":4460000000000,""year"":2023},""subscriptions"":{""value"":107000000,""year"":2020}}]",1,4460000000000,0.04319033233798662,107000000,0.01692154413043822,,,"[{""country"":""BG"",""status"":""restricted"",""measureIds"":[""bg-2024-eu-toolbox-restriction""],""gdpUsd"":{""value"":102000000000,""year"":2023}},{""country"":""CA"",""status"":""restricted"",""measureIds"":[""ca-2020-core-exclusion""],""gdpUsd"":{""value"":2140000000000,""year"":2023},""subscriptions"":{""value"":34000000,""year"":2020}},{""country"":""CZ"",""status"":""restricted"",""measureIds"":[""cz-2024-eu-toolbox-restriction""],""gdpUsd"":{""value"":331000000000,""year"":2023}},{""country"":""EE"",""status"":""restricted"",""measureIds"":[""ee-2024-eu-toolbox-restriction""],""gdpUsd"":{""value"":41500000000,""year"":2023}},{""country"":""JP"",""status"":""restricted"",""measureIds"":[""jp-2018-procurement-guidelines""],""gdpUsd"":{""value"":4210000000000,""year"":2023},""subscriptions"":{""value"":195000000,""year"":2020}},{""country"":""LT"",""status"":""restricted"",""measureIds"":[""lt-2024-eu-toolbox-restriction""],""gdpUsd"":{""value"":77800000000,""year"":2023}},{""country"":""LV"",""status"":""restricted"",""measureIds"":[""lv-2024-eu-toolbox-restriction""],""gdpUsd"":{""value"":43600000000,""year"":2023}},{""country"":""NL"",""status"":""restricted"",""measureIds"":[""kpn-huawei-core-exclusion""],""gdpUsd"":{""value"":1120000000000,""year"":2023}},{""country"":""PL"",""status"":""restricted"",""measureIds"":[""pl-2024-eu-toolbox-restriction""],""gdpUsd"":{""value"":811000000000,""year"":2023}},{""country"":""PT"",""status"":""restricted"",""measureIds"":[""altice-portugal-huawei-core-exclusion"",""nos-huawei-core-exclusion"",""vodafone-portugal-huawei-core-exclusion""],""gdpUsd"":{""value"":287000000000,""year"":2023}},{""country"":""RO"",""status"":""restricted"",""measureIds"":[""ro-2024-eu-toolbox-restriction""],""gdpUsd"":{""value"":351000000000,""year"":2023}}]",11,9514900000000,0.09214163523827554,229000000,0.03621526734458273,,BG; CZ; EE; LT; LV; NL; PL; PT; RO,"[{""country"":""AD"",""status"":""open"",""measureIds"":[]},{""country"":""AE"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":514000000000,""year"":2023}},{""country"":""AF"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":17200000000,""year"":2023}},{""country"":""AG"",""status"":""open"",""measureIds"":[]},{""country"":""AI"",""status"":""open"",""measureIds"":[]},{""country"":""AL"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":22900000000,""year"":2023}},{""country"":""AM"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":24200000000,""year"":2023}},{""country"":""AO"",""status"":""open"",""measureIds"":[]},{""country"":""AQ"",""status"":""open"",""measureIds"":[]},{""country"":""AR"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":641000000000,""year"":2023},""subscriptions"":{""value"":55000000,""year"":2020}},{""country"":""AS"",""status"":""open"",""measureIds"":[]},{""country"":""AT"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":516000000000,""year"":2023}},{""country"":""AW"",""status"":""open"",""measureIds"":[]},{""country"":""AX"",""status"":""open"",""measureIds"":[]},{""country"":""AZ"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":72400000000,""year"":2023}},{""country"":""BA"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":27100000000,""year"":2023}},{""country"":""BB"",""status"":""open"",""measureIds"":[]},{""country"":""BD"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":437000000000,""year"":2023},""subscriptions"":{""value"":170000000,""year"":2020}},{""country"":""BE"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":632000000000,""year"":2023}},{""country"":""BF"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":20300000000,""year"":2023}},{""country"":""BH"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":44700000000,""year"":2023}},{""country"":""BI"",""status"":""open"",""measureIds"":[]},{""country"":""BJ"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":19700000000,""year"":2023}},{""country"":""BL"",""status"":""open"",""measureIds"":[]},{""country"":""BM"",""status"":""open"",""measureIds"":[]},{""country"":""BN"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":15100000000,""year"":2023}},{""country"":""BO"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":45900000000,""year"":2023}},{""country"":""BQ"",""status"":""open"",""measureIds"":[]},{""country"":""BR"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":2170000000000,""year"":2023},""subscriptions"":{""value"":205000000,""year"":2020}},{""country"":""BS"",""status"":""open"",""measureIds"":[]},{""country"":""BT"",""status"":""open"",""measureIds"":[]},{""country"":""BV"",""status"":""open"",""measureIds"":[]},{""country"":""BW"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":19400000000,""year"":2023}},{""country"":""BY"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":71900000000,""year"":2023}},{""country"":""BZ"",""status"":""open"",""measureIds"":[]},{""country"":""CC"",""status"":""open"",""measureIds"":[]},{""country"":""CD"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":66400000000,""year"":2023}},{""country"":""CF"",""status"":""open"",""measureIds"":[]},{""country"":""CG"",""status"":""open"",""measureIds"":[]},{""country"":""CH"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":885000000000,""year"":2023}},{""country"":""CI"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":78800000000,""year"":2023}},{""country"":""CK"",""status"":""open"",""measureIds"":[]},{""country"":""CL"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":335000000000,""year"":2023}},{""country"":""CM"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":49300000000,""year"":2023}},{""country"":""CN"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":17800000000000,""year"":2023},""subscriptions"":{""value"":1720000000,""year"":2020}},{""country"":""CO"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":364000000000,""year"":2023},""subscriptions"":{""value"":67000000,""year"":2020}},{""country"":""CR"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":86500000000,""year"":2023}},{""country"":""CU"",""status"":""open"",""measureIds"":[]},{""country"":""CV"",""status"":""open"",""measureIds"":[]},{""country"":""CW"",""status"":""open"",""measureIds"":[]},{""country"":""CX"",""status"":""open"",""measureIds"":[]},{""country"":""CY"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":32200000000,""year"":2023}},{""country"":""DJ"",""status"":""open"",""measureIds"":[]},{""country"":""DK"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":404000000000,""year"":2023}},{""country"":""DM"",""status"":""open"",""measureIds"":[]},{""country"":""DO"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":121000000000,""year"":2023}},{""country"":""DZ"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":240000000000,""year"":2023}},{""country"":""EC"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":119000000000,""year"":2023}},{""country"":""EG"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":396000000000,""year"":2023},""subscriptions"":{""value"":103000000,""year"":2022}},{""country"":""EH"",""status"":""open"",""measureIds"":[]},{""country"":""ER"",""status"":""open"",""measureIds"":[]},{""country"":""ES"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":1580000000000,""year"":2023},""subscriptions"":{""value"":56000000,""year"":2020}},{""country"":""ET"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":164000000000,""year"":2023}},{""country"":""FI"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":300000000000,""year"":2023}},{""country"":""FJ"",""status"":""open"",""measureIds"":[]},{""country"":""FK"",""status"":""open"",""measureIds"":[]},{""country"":""FM"",""status"":""open"",""measureIds"":[]},{""country"":""FO"",""status"":""open"",""measureIds"":[]},{""country"":""FR"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":3030000000000,""year"":2023},""subscriptions"":{""value"":73000000,""year"":2020}},{""country"":""GA"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":20500000000,""year"":2023}},{""country"":""GD"",""status"":""open"",""measureIds"":[]},{""country"":""GE"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":30500000000,""year"":2023}},{""country"":""GF"",""status"":""open"",""measureIds"":[]},{""country"":""GG"",""status"":""open"",""measureIds"":[]},{""country"":""GH"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":76400000000,""year"":2023}},{""country"":""GI"",""status"":""open"",""measureIds"":[]},{""country"":""GL"",""status"":""open"",""measureIds"":[]},{""country"":""GM"",""status"":""open"",""measureIds"":[]},{""country"":""GN"",""status"":""open"",""measureIds"":[]},{""country"":""GP"",""status"":""open"",""measureIds"":[]},{""country"":""GQ"",""status"":""open"",""measureIds"":[]},{""country"":""GR"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":238000000000,""year"":2023}},{""country"":""GS"",""status"":""open"",""measureIds"":[]},{""country"":""GT"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":104000000000,""year"":2023}},{""country"":""GU"",""status"":""open"",""measureIds"":[]},{""country"":""GW"",""status"":""open"",""measureIds"":[]},{""country"":""GY"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":16800000000,""year"":2023}},{""country"":""HK"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":381000000000,""year"":2023}},{""country"":""HM"",""status"":""open"",""measureIds"":[]},{""country"":""HN"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":34400000000,""year"":2023}},{""country"":""HR"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":82700000000,""year"":2023}},{""country"":""HT"",""status"":""open"",""measureIds"":[]},{""country"":""HU"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":212000000000,""year"":2023}},{""country"":""ID"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":1370000000000,""year"":2023},""subscriptions"":{""value"":355000000,""year"":2020}},{""country"":""IE"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":551000000000,""year"":2023}},{""country"":""IL"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":514000000000,""year"":2023}},{""country"":""IM"",""status"":""open"",""measureIds"":[]},{""country"":""IN"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":3550000000000,""year"":2023},""subscriptions"":{""value"":1170000000,""year"":2023}},{""country"":""IO"",""status"":""open"",""measureIds"":[]},{""country"":""IQ"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":251000000000,""year"":2023}},{""country"":""IR"",""status"":""open"",""measureIds"":[]},{""country"":""IS"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":31000000000,""year"":2023}},{""country"":""IT"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":2250000000000,""year"":2023},""subscriptions"":{""value"":78000000,""year"":2020}},{""country"":""JE"",""status"":""open"",""measureIds"":[]},{""country"":""JM"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":19400000000,""year"":2023}},{""country"":""JO"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":50800000000,""year"":2023}},{""country"":""KE"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":108000000000,""year"":2023},""subscriptions"":{""value"":61400000,""year"":2020}},{""country"":""KG"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":14000000000,""year"":2023}},{""country"":""KH"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":31800000000,""year"":2023}},{""country"":""KI"",""status"":""open"",""measureIds"":[]},{""country"":""KM"",""status"":""open"",""measureIds"":[]},{""country"":""KN"",""status"":""open"",""measureIds"":[]},{""country"":""KP"",""status"":""open"",""measureIds"":[]},{""country"":""KR"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":1710000000000,""year"":2023},""subscriptions"":{""value"":70000000,""year"":2020}},{""country"":""KW"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":162000000000,""year"":2023}},{""country"":""KY"",""status"":""open"",""measureIds"":[]},{""country"":""KZ"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":262000000000,""year"":2023}},{""country"":""LA"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":15500000000,""year"":2022}},{""country"":""LB"",""status"":""open"",""measureIds"":[]},{""country"":""LC"",""status"":""open"",""measureIds"":[]},{""country"":""LI"",""status"":""open"",""measureIds"":[]},{""country"":""LK"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":84400000000,""year"":2023}},{""country"":""LR"",""status"":""open"",""measureIds"":[]},{""country"":""LS"",""status"":""open"",""measureIds"":[]},{""country"":""LU"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":85800000000,""year"":2023}},{""country"":""LY"",""status"":""open"",""measureIds"":[]},{""country"":""MA"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":141000000000,""year"":2023},""subscriptions"":{""value"":49400000,""year"":2020}},{""country"":""MC"",""status"":""open"",""measureIds"":[]},{""country"":""MD"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":16500000000,""year"":2023}},{""country"":""ME"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":7500000000,""year"":2023}},{""country"":""MF"",""status"":""open"",""measureIds"":[]},{""country"":""MG"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":16000000000,""year"":2023}},{""country"":""MH"",""status"":""open"",""measureIds"":[]},{""country"":""MK"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":15000000000,""year"":2023}},{""country"":""ML"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":20900000000,""year"":2023}},{""country"":""MM"",""status"":""open"",""measureIds"":[]},{""country"":""MN"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":20300000000,""year"":2023}},{""country"":""MO"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":47100000000,""year"":2023}},{""country"":""MP"",""status"":""open"",""measureIds"":[]},{""country"":""MQ"",""status"":""open"",""measureIds"":[]},{""country"":""MR"",""status"":""open"",""measureIds"":[]},{""country"":""MS"",""status"":""open"",""measureIds"":[]},{""country"":""MT"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":20500000000,""year"":2023}},{""country"":""MU"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":14400000000,""year"":2023}},{""country"":""MV"",""status"":""open"",""measureIds"":[]},{""country"":""MW"",""status"":""open"",""measureIds"":[]},{""country"":""MX"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":1790000000000,""year"":2023},""subscriptions"":{""value"":123000000,""year"":2020}},{""country"":""MY"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":400000000000,""year"":2023},""subscriptions"":{""value"":44000000,""year"":2020}},{""country"":""MZ"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":20600000000,""year"":2023}},{""country"":""NA"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":12400000000,""year"":2023}},{""country"":""NC"",""status"":""open"",""measureIds"":[]},{""country"":""NE"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":16800000000,""year"":2023}},{""country"":""NF"",""status"":""open"",""measureIds"":[]},{""country"":""NG"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":363000000000,""year"":2023},""subscriptions"":{""value"":223000000,""year"":2022}},{""country"":""NI"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":17800000000,""year"":2023}},{""country"":""NO"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":486000000000,""year"":2023}},{""country"":""NP"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":40900000000,""year"":2023}},{""country"":""NR"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":150000000,""year"":2022}},{""country"":""NU"",""status"":""open"",""measureIds"":[]},{""country"":""NZ"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":253000000000,""year"":2023}},{""country"":""OM"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":108000000000,""year"":2023}},{""country"":""PA"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":83300000000,""year"":2023}},{""country"":""PE"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":267000000000,""year"":2023}},{""country"":""PF"",""status"":""open"",""measureIds"":[]},{""country"":""PG"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":30600000000,""year"":2023}},{""country"":""PH"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":437000000000,""year"":2023}},{""country"":""PK"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":338000000000,""year"":2023},""subscriptions"":{""value"":175000000,""year"":2020}},{""country"":""PM"",""status"":""open"",""measureIds"":[]},{""country"":""PN"",""status"":""open"",""measureIds"":[]},{""country"":""PR"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":118000000000,""year"":2023}},{""country"":""PS"",""status"":""open"",""measureIds"":[]},{""country"":""PW"",""status"":""open"",""measureIds"":[]},{""country"":""PY"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":43000000000,""year"":2023}},{""country"":""QA"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":213000000000,""year"":2023}},{""country"":""RE"",""status"":""open"",""measureIds"":[]},{""country"":""RS"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":75200000000,""year"":2023}},{""country"":""RU"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":2020000000000,""year"":2023},""subscriptions"":{""value"":238000000,""year"":2020}},{""country"":""RW"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":14100000000,""year"":2023}},{""country"":""SA"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":1070000000000,""year"":2023},""subscriptions"":{""value"":42000000,""year"":2020}},{""country"":""SB"",""status"":""open"",""measureIds"":[]},{""country"":""SC"",""status"":""open"",""measureIds"":[]},{""country"":""SD"",""status"":""open"",""measureIds"":[]},{""country"":""SG"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":501000000000,""year"":2023}},{""country"":""SH"",""status"":""open"",""measureIds"":[]},{""country"":""SI"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":68200000000,""year"":2023}},{""country"":""SJ"",""status"":""open"",""measureIds"":[]},{""country"":""SK"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":133000000000,""year"":2023}},{""country"":""SL"",""status"":""open"",""measureIds"":[]},{""country"":""SM"",""status"":""open"",""measureIds"":[]},{""country"":""SN"",""status"":""open"",""measureIds"":[]},{""country"":""SO"",""status"":""open"",""measureIds"":[]},{""country"":""SR"",""status"":""open"",""measureIds"":[]},{""country"":""SS"",""status"":""open"",""measureIds"":[]},{""country"":""ST"",""status"":""open"",""measureIds"":[]},{""country"":""SV"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":34000000000,""year"":2023}},{""country"":""SX"",""status"":""open"",""measureIds"":[]},{""country"":""SY"",""status"":""open"",""measureIds"":[]},{""country"":""SZ"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":4800000000,""year"":2022}},{""country"":""TC"",""status"":""open"",""measureIds"":[]},{""country"":""TD"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":12700000000,""year"":2022}},{""country"":""TF"",""status"":""open"",""measureIds"":[]},{""country"":""TG"",""status"":""open"",""measureIds"":[]},{""country"":""TH"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":515000000000,""year"":2023},""subscriptions"":{""value"":116000000,""year"":2020}},{""country"":""TJ"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":12100000000,""year"":2023}},{""country"":""TK"",""status"":""open"",""measureIds"":[]},{""country"":""TL"",""status"":""open"",""measureIds"":[]},{""country"":""TM"",""status"":""open"",""measureIds"":[]},{""country"":""TN"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":48500000000,""year"":2023}},{""country"":""TO"",""status"":""open"",""measureIds"":[]},{""country"":""TR"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":1110000000000,""year"":2023},""subscriptions"":{""value"":90300000,""year"":2022}},{""country"":""TT"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":28100000000,""year"":2023}},{""country"":""TV"",""status"":""open"",""measureIds"":[]},{""country"":""TW"",""status"":""open"",""measureIds"":[]},{""country"":""TZ"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":79100000000,""year"":2023},""subscriptions"":{""value"":60200000,""year"":2022}},{""country"":""UA"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":179000000000,""year"":2023}},{""country"":""UG"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":49300000000,""year"":2023}},{""country"":""UM"",""status"":""open"",""measureIds"":[]},{""country"":""UY"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":77200000000,""year"":2023}},{""country"":""UZ"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":90900000000,""year"":2023}},{""country"":""VA"",""status"":""open"",""measureIds"":[]},{""country"":""VC"",""status"":""open"",""measureIds"":[]},{""country"":""VE"",""status"":""open"",""measureIds"":[]},{""country"":""VG"",""status"":""open"",""measureIds"":[]},{""country"":""VI"",""status"":""open"",""measureIds"":[]},{""country"":""VN"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":430000000000,""year"":2023}},{""country"":""VU"",""status"":""open"",""measureIds"":[]},{""country"":""WF"",""status"":""open"",""measureIds"":[]},{""country"":""WS"",""status"":""open"",""measureIds"":[]},{""country"":""XK"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":10400000000,""year"":2023}},{""country"":""YE"",""status"":""open"",""measureIds"":[]},{""country"":""YT"",""status"":""open"",""measureIds"":[]},{""country"":""ZA"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":378000000000,""year"":2023},""subscriptions"":{""value"":96000000,""year"":2020}},{""country"":""ZM"",""status"":""open"",""measureIds"":[],""gdpUsd"":{""value"":27600000000,""year"":2023}},{""country"":""ZW"",""status"":""open"",""measureIds"":[]}]",234,55944950000000,0.5417670365766917,5440300000,0.8603577246058229,AD; AG; AI; AO; AQ; AS; AW; AX; BB; BI; BL; BM; BQ; BS; BT; BV; BZ; CC; CF; CG; CK; CU; CV; CW; CX; DJ; DM; EH; ER; FJ; FK; FM; FO; GD; GF; GG; GI; GL; GM; GN; GP; GQ; GS; GU; GW; HM; HT; IM; IO; IR; JE; KI; KM; KN; KP; KY; LB; LC; LI; LR; LS; LY; MC; MF; MH; MM; MP; MQ; MR; MS; MV; MW; NC; NF; NU; PF; PM; PN; PS; PW; RE; SB; SC; SD; SH; SJ; SL; SM; SN; SO; SR; SS; ST; SX; SY; TC; TF; TG; TK; TL; TM; TO; TV; TW; UM; VA; VC; VE; VG; VI; VU; WF; WS; YE; YT; ZW,AD; AE; AF; AG; AI; AL; AM; AO; AQ; AS; AT; AW; AX; AZ; BA; BB; BE; BF; BH; BI; BJ; BL; BM; BN; BO; BQ; BS; BT; BV; BW; BY; BZ; CC; CD; CF; CG; CH; CI; CK; CL; CM; CR; CU; CV; CW; CX; CY; DJ; DK; DM; DO; DZ; EC; EH; ER; ET; FI; FJ; FK; FM; FO; GA; GD; GE; GF; GG; GH; GI; GL; GM; GN; GP; GQ; GR; GS; GT; GU; GW; GY; HK; HM; HN; HR; HT; HU; IE; IL; IM; IO; IQ; IR; IS; JE; JM; JO; KG; KH; KI; KM; KN; KP; KW; KY; KZ; LA; LB; LC; LI; LK; LR; LS; LU; LY; MC; MD; ME; MF; MG; MH; MK; ML; MM; MN; MO; MP; MQ; MR; MS; MT; MU; MV; MW; MZ; NA; NC; NE; NF; NI; NO; NP; NR; NU; NZ; OM; PA; PE; PF; PG; PH; PM; PN; PR; PS; PW; PY; QA; RE; RS; RW; SB; SC; SD; SG; SH; SI; SJ; SK; SL; SM; SN; SO; SR; SS; ST; SV; SX; SY; SZ; TC; TD; TF; TG; TJ; TK; TL; TM; TN; TO; TT; TV; TW; UA; UG; UM; UY; UZ; VA; VC; VE; VG; VI; VN; VU; WF; WS; XK; YE; YT; ZM; ZW
           */
          'text/csv': string;
        };
      };
      /** @description Invalid request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/invalid-request",
           *       "title": "Invalid request",
           *       "status": 400,
           *       "detail": "The request does not match the schema: a query parameter, a header or the body."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "No bearer token, or one the service does not know."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
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
      /** @description Committed actors, counts, GDP share, bloc coverage; CSV: one row per committed actor */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "asOf": "2021-01-31",
           *       "committed": [
           *         {
           *           "actorId": "EE",
           *           "kind": "country",
           *           "status": "member",
           *           "joined": "2019-10-31",
           *           "joinEventId": "pledge-ee-2019-10",
           *           "ordinal": 1,
           *           "name": "Estonia",
           *           "gdpUsd": {
           *             "value": 37200000000,
           *             "year": 2021
           *           }
           *         },
           *         {
           *           "actorId": "US",
           *           "kind": "country",
           *           "status": "member",
           *           "joined": "2020-04-29",
           *           "joinEventId": "pledge-us-2020-04-29",
           *           "ordinal": 2,
           *           "name": "United States",
           *           "gdpUsd": {
           *             "value": 23700000000000,
           *             "year": 2021
           *           }
           *         },
           *         {
           *           "actorId": "CA",
           *           "kind": "country",
           *           "status": "member",
           *           "joined": "2020-06-03",
           *           "joinEventId": "pledge-ca-2020-06-03",
           *           "ordinal": 3,
           *           "name": "Canada",
           *           "gdpUsd": {
           *             "value": 2010000000000,
           *             "year": 2021
           *           }
           *         }
           *       ],
           *       "counts": {
           *         "country": 48,
           *         "operator": 27,
           *         "company": 9,
           *         "bloc": 3,
           *         "total": 87
           *       },
           *       "gdp": {
           *         "committedUsd": 58101450000000,
           *         "worldUsd": 95246350000000,
           *         "share": 0.6100123521793749,
           *         "year": 2021
           *       },
           *       "subscribers": {
           *         "covered": 568000000,
           *         "operatorsWithFigure": 3
           *       },
           *       "blocs": [
           *         {
           *           "blocId": "bloc:eu",
           *           "name": "European Union",
           *           "members": 27,
           *           "committed": 26,
           *           "label": "26 of 27",
           *           "committedMembers": [
           *             "BE",
           *             "DE",
           *             "FR"
           *           ],
           *           "uncommittedMembers": [
           *             "HU"
           *           ],
           *           "blocCommitted": true
           *         },
           *         {
           *           "blocId": "bloc:nato",
           *           "name": "North Atlantic Treaty Organization",
           *           "members": 30,
           *           "committed": 25,
           *           "label": "25 of 30",
           *           "committedMembers": [
           *             "BE",
           *             "CA",
           *             "DK"
           *           ],
           *           "uncommittedMembers": [
           *             "IS",
           *             "NO",
           *             "TR"
           *           ],
           *           "blocCommitted": true
           *         },
           *         {
           *           "blocId": "bloc:oecd",
           *           "name": "Organisation for Economic Co-operation and Development",
           *           "members": 37,
           *           "committed": 29,
           *           "label": "29 of 37",
           *           "committedMembers": [
           *             "AT",
           *             "BE",
           *             "CA"
           *           ],
           *           "uncommittedMembers": [
           *             "IS",
           *             "NO",
           *             "CH"
           *           ],
           *           "blocCommitted": false
           *         }
           *       ],
           *       "missing": {
           *         "gdp": [
           *           "TW"
           *         ],
           *         "subscribers": [
           *           "operator:telefonica",
           *           "operator:o2-uk",
           *           "operator:telefonica-deutschland"
           *         ]
           *       }
           *     }
           */
          'application/json': components['schemas']['Membership'];
          /**
           * @example actorId,kind,status,joined,joinEventId,ordinal,name,gdpUsd.value,gdpUsd.year
           *     EE,country,member,2019-10-31,pledge-ee-2019-10,1,Estonia,37200000000,2021
           *     US,country,member,2020-04-29,pledge-us-2020-04-29,2,United States,23700000000000,2021
           *     CA,country,member,2020-06-03,pledge-ca-2020-06-03,3,Canada,2010000000000,2021
           */
          'text/csv': string;
        };
      };
      /** @description Invalid request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/invalid-request",
           *       "title": "Invalid request",
           *       "status": 400,
           *       "detail": "The request does not match the schema: a query parameter, a header or the body."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "No bearer token, or one the service does not know."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
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
      /** @description The regressions in timeline order; CSV: one row per regression */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "asOf": "2024-12-31",
           *       "regressions": [
           *         {
           *           "actorId": "BR",
           *           "effectivePrecision": "year",
           *           "causeEventId": "reversal-br-2021",
           *           "causeType": "CommitmentReversed",
           *           "source": {
           *             "document": "001_c15bfe1b3637a60c.txt",
           *             "quote": "following end us president donald trumps term january president brazil trump ally jair bolsonaro reversed course allowed huawei participate brazils auction",
           *             "confidence": "medium",
           *             "note": "After the end of President Trump's term in January 2021 (000: Biden's inauguration on January 20, 2021). That is the only bound the text gives: 001's numerals are stripped and no document states the year or month of the reversal, so 2021 is the year of the earliest possible day, not a year the text states. 003 [85] and 001 (Gu): 'several of the countries listed in the Clean Network already broken their commitments'."
           *           },
           *           "dimension": "commitment",
           *           "before": "member",
           *           "after": "reversed",
           *           "vendorsReadmitted": [
           *             "vendor:huawei"
           *           ],
           *           "regression": true,
           *           "effectiveOn": "2021-12-31"
           *         },
           *         {
           *           "actorId": "operator:telefonica",
           *           "effectivePrecision": "year",
           *           "causeEventId": "reversal-telefonica-2021",
           *           "causeType": "CommitmentReversed",
           *           "source": {
           *             "document": "000_8962080591705c37.txt",
           *             "refs": [
           *               "52"
           *             ],
           *             "quote": "some signatories like Spain's Telefónica retaining Huawei equipment despite initial pledges",
           *             "confidence": "low",
           *             "note": "001: 'june spanish government granted huawei security clearance working telef贸nica building core' (June, year lost; the text does not say whether the clearance came before or after Telefónica's pledge of June 24, 2020 (000 [3])). Known only from 001, whose numerals were stripped, so the year is lost and no other document gives it. Placed in 2021 at year precision with low confidence, the curator's placement: the passage follows the December 2020 listing of clean countries and telcos and comes just before Brazil's reversal, which followed the end of President Trump's term in January 2021."
           *           },
           *           "dimension": "commitment",
           *           "before": "member",
           *           "after": "weakened",
           *           "vendorsReadmitted": [
           *             "vendor:huawei"
           *           ],
           *           "regression": true,
           *           "effectiveOn": "2021-12-31"
           *         },
           *         {
           *           "actorId": "operator:telefonica-deutschland",
           *           "effectivePrecision": "year",
           *           "causeEventId": "reversal-telefonica-deutschland-2021",
           *           "causeType": "CommitmentReversed",
           *           "source": {
           *             "document": "001_c15bfe1b3637a60c.txt",
           *             "quote": "telef贸nica germany announced would continue cooperate huawei noncore networks alongside ericsson core",
           *             "confidence": "low",
           *             "note": "Its parent had said Telefónica Deutschland would soon be without untrusted vendors (002). Known only from 001, whose numerals were stripped, so the year is lost and no other document gives it. Placed in 2021 at year precision with low confidence, the curator's placement: the passage follows the December 2020 listing of clean countries and telcos and comes just before Brazil's reversal, which followed the end of President Trump's term in January 2021."
           *           },
           *           "dimension": "commitment",
           *           "before": "member",
           *           "after": "weakened",
           *           "vendorsReadmitted": [
           *             "vendor:huawei"
           *           ],
           *           "regression": true,
           *           "effectiveOn": "2021-12-31"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['Regressions'];
          /**
           * @example actorId,effectivePrecision,causeEventId,causeType,source.document,source.quote,source.confidence,source.note,dimension,before,after,vendorsReadmitted,regression,effectiveOn,source.refs
           *     BR,year,reversal-br-2021,CommitmentReversed,001_c15bfe1b3637a60c.txt,following end us president donald trumps term january president brazil trump ally jair bolsonaro reversed course allowed huawei participate brazils auction,medium,"After the end of President Trump's term in January 2021 (000: Biden's inauguration on January 20, 2021). That is the only bound the text gives: 001's numerals are stripped and no document states the year or month of the reversal, so 2021 is the year of the earliest possible day, not a year the text states. 003 [85] and 001 (Gu): 'several of the countries listed in the Clean Network already broken their commitments'.",commitment,member,reversed,vendor:huawei,true,2021-12-31,
           *     operator:telefonica,year,reversal-telefonica-2021,CommitmentReversed,000_8962080591705c37.txt,some signatories like Spain's Telefónica retaining Huawei equipment despite initial pledges,low,"001: 'june spanish government granted huawei security clearance working telef贸nica building core' (June, year lost; the text does not say whether the clearance came before or after Telefónica's pledge of June 24, 2020 (000 [3])). Known only from 001, whose numerals were stripped, so the year is lost and no other document gives it. Placed in 2021 at year precision with low confidence, the curator's placement: the passage follows the December 2020 listing of clean countries and telcos and comes just before Brazil's reversal, which followed the end of President Trump's term in January 2021.",commitment,member,weakened,vendor:huawei,true,2021-12-31,52
           *     operator:telefonica-deutschland,year,reversal-telefonica-deutschland-2021,CommitmentReversed,001_c15bfe1b3637a60c.txt,telef贸nica germany announced would continue cooperate huawei noncore networks alongside ericsson core,low,"Its parent had said Telefónica Deutschland would soon be without untrusted vendors (002). Known only from 001, whose numerals were stripped, so the year is lost and no other document gives it. Placed in 2021 at year precision with low confidence, the curator's placement: the passage follows the December 2020 listing of clean countries and telcos and comes just before Brazil's reversal, which followed the end of President Trump's term in January 2021.",commitment,member,weakened,vendor:huawei,true,2021-12-31,
           */
          'text/csv': string;
        };
      };
      /** @description Invalid request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/invalid-request",
           *       "title": "Invalid request",
           *       "status": 400,
           *       "detail": "The request does not match the schema: a query parameter, a header or the body."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "No bearer token, or one the service does not know."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
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
      /** @description One point per interval end, then `to`; CSV: one row per point */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "from": "2020-01-01",
           *       "to": "2022-12-31",
           *       "interval": "year",
           *       "points": [
           *         {
           *           "asOf": "2020-12-31",
           *           "members": {
           *             "country": 48,
           *             "operator": 27,
           *             "company": 9,
           *             "bloc": 3,
           *             "total": 87
           *           },
           *           "gdpShare": 0.6254692235243782,
           *           "subscribersCovered": 568000000,
           *           "exposure": [
           *             {
           *               "vendorId": "vendor:alibaba",
           *               "markets": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 250
           *               },
           *               "gdpShare": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 1
           *               },
           *               "subscriptionsShare": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 1
           *               }
           *             },
           *             {
           *               "vendorId": "vendor:baidu",
           *               "markets": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 250
           *               },
           *               "gdpShare": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 1
           *               },
           *               "subscriptionsShare": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 1
           *               }
           *             },
           *             {
           *               "vendorId": "vendor:bytedance",
           *               "markets": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 250
           *               },
           *               "gdpShare": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 1
           *               },
           *               "subscriptionsShare": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 1
           *               }
           *             }
           *           ]
           *         },
           *         {
           *           "asOf": "2021-12-31",
           *           "members": {
           *             "country": 47,
           *             "operator": 27,
           *             "company": 9,
           *             "bloc": 3,
           *             "total": 86
           *           },
           *           "gdpShare": 0.5924788718937786,
           *           "subscribersCovered": 568000000,
           *           "exposure": [
           *             {
           *               "vendorId": "vendor:alibaba",
           *               "markets": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 250
           *               },
           *               "gdpShare": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 1
           *               },
           *               "subscriptionsShare": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 1
           *               }
           *             },
           *             {
           *               "vendorId": "vendor:baidu",
           *               "markets": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 250
           *               },
           *               "gdpShare": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 1
           *               },
           *               "subscriptionsShare": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 1
           *               }
           *             },
           *             {
           *               "vendorId": "vendor:bytedance",
           *               "markets": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 250
           *               },
           *               "gdpShare": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 1
           *               },
           *               "subscriptionsShare": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 1
           *               }
           *             }
           *           ]
           *         },
           *         {
           *           "asOf": "2022-12-31",
           *           "members": {
           *             "country": 47,
           *             "operator": 27,
           *             "company": 9,
           *             "bloc": 3,
           *             "total": 86
           *           },
           *           "gdpShare": 0.5819496214261156,
           *           "subscribersCovered": 568000000,
           *           "exposure": [
           *             {
           *               "vendorId": "vendor:alibaba",
           *               "markets": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 250
           *               },
           *               "gdpShare": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 1
           *               },
           *               "subscriptionsShare": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 1
           *               }
           *             },
           *             {
           *               "vendorId": "vendor:baidu",
           *               "markets": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 250
           *               },
           *               "gdpShare": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 1
           *               },
           *               "subscriptionsShare": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 1
           *               }
           *             },
           *             {
           *               "vendorId": "vendor:bytedance",
           *               "markets": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 250
           *               },
           *               "gdpShare": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 1
           *               },
           *               "subscriptionsShare": {
           *                 "suspended": 0,
           *                 "closed": 0,
           *                 "phase-out-pending": 0,
           *                 "restricted": 0,
           *                 "open": 1
           *               }
           *             }
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['Trends'];
          /**
           * @example asOf,members.country,members.operator,members.company,members.bloc,members.total,gdpShare,subscribersCovered,exposure
           *     2020-12-31,48,27,9,3,87,0.6254692235243782,568000000,"[{""vendorId"":""vendor:alibaba"",""markets"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":250},""gdpShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1},""subscriptionsShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1}},{""vendorId"":""vendor:baidu"",""markets"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":250},""gdpShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1},""subscriptionsShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1}},{""vendorId"":""vendor:bytedance"",""markets"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":250},""gdpShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1},""subscriptionsShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1}},{""vendorId"":""vendor:china-mobile"",""markets"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":250},""gdpShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1},""subscriptionsShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1}},{""vendorId"":""vendor:china-telecom"",""markets"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":250},""gdpShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1},""subscriptionsShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1}},{""vendorId"":""vendor:huawei"",""markets"":{""suspended"":0,""closed"":3,""phase-out-pending"":1,""restricted"":2,""open"":244},""gdpShare"":{""suspended"":0,""closed"":0.2787402440615128,""phase-out-pending"":0.03234062390812963,""restricted"":0.08049221950467819,""open"":0.6084269125256794},""subscriptionsShare"":{""suspended"":0,""closed"":0.07477232784789903,""phase-out-pending"":0.012621824572615434,""restricted"":0.03658731426745487,""open"":0.8760185333120307}},{""vendorId"":""vendor:tencent"",""markets"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":250},""gdpShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1},""subscriptionsShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1}},{""vendorId"":""vendor:zte"",""markets"":{""suspended"":0,""closed"":2,""phase-out-pending"":0,""restricted"":2,""open"":246},""gdpShare"":{""suspended"":0,""closed"":0.022410854567448346,""phase-out-pending"":0,""restricted"":0.3169381142996704,""open"":0.6606510311328813},""subscriptionsShare"":{""suspended"":0,""closed"":0.004473558076370027,""phase-out-pending"":0,""restricted"":0.10145390637482025,""open"":0.8940725355488097}}]"
           *     2021-12-31,47,27,9,3,86,0.5924788718937786,568000000,"[{""vendorId"":""vendor:alibaba"",""markets"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":250},""gdpShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1},""subscriptionsShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1}},{""vendorId"":""vendor:baidu"",""markets"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":250},""gdpShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1},""subscriptionsShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1}},{""vendorId"":""vendor:bytedance"",""markets"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":250},""gdpShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1},""subscriptionsShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1}},{""vendorId"":""vendor:china-mobile"",""markets"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":250},""gdpShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1},""subscriptionsShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1}},{""vendorId"":""vendor:china-telecom"",""markets"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":250},""gdpShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1},""subscriptionsShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1}},{""vendorId"":""vendor:huawei"",""markets"":{""suspended"":0,""closed"":4,""phase-out-pending"":0,""restricted"":4,""open"":242},""gdpShare"":{""suspended"":0,""closed"":0.30474658608965066,""phase-out-pending"":0,""restricted"":0.08739442508820548,""open"":0.6078589888221438},""subscriptionsShare"":{""suspended"":0,""closed"":0.08745982763858465,""phase-out-pending"":0,""restricted"":0.03661480901140016,""open"":0.8759253633500151}},{""vendorId"":""vendor:tencent"",""markets"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":250},""gdpShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1},""subscriptionsShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1}},{""vendorId"":""vendor:zte"",""markets"":{""suspended"":0,""closed"":2,""phase-out-pending"":0,""restricted"":2,""open"":246},""gdpShare"":{""suspended"":0,""closed"":0.022951010721145745,""phase-out-pending"":0,""restricted"":0.3016388554522037,""open"":0.6754101338266506},""subscriptionsShare"":{""suspended"":0,""closed"":0.004476919879123163,""phase-out-pending"":0,""restricted"":0.10153014725868602,""open"":0.8939929328621908}}]"
           *     2022-12-31,47,27,9,3,86,0.5819496214261156,568000000,"[{""vendorId"":""vendor:alibaba"",""markets"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":250},""gdpShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1},""subscriptionsShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1}},{""vendorId"":""vendor:baidu"",""markets"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":250},""gdpShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1},""subscriptionsShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1}},{""vendorId"":""vendor:bytedance"",""markets"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":250},""gdpShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1},""subscriptionsShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1}},{""vendorId"":""vendor:china-mobile"",""markets"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":250},""gdpShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1},""subscriptionsShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1}},{""vendorId"":""vendor:china-telecom"",""markets"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":250},""gdpShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1},""subscriptionsShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1}},{""vendorId"":""vendor:huawei"",""markets"":{""suspended"":0,""closed"":4,""phase-out-pending"":0,""restricted"":4,""open"":242},""gdpShare"":{""suspended"":0,""closed"":0.3167025374067954,""phase-out-pending"":0,""restricted"":0.07759792762541759,""open"":0.6056995349677871},""subscriptionsShare"":{""suspended"":0,""closed"":0.08691783325123544,""phase-out-pending"":0,""restricted"":0.03638790459695231,""open"":0.8766942621518122}},{""vendorId"":""vendor:tencent"",""markets"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":250},""gdpShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1},""subscriptionsShare"":{""suspended"":0,""closed"":0,""phase-out-pending"":0,""restricted"":0,""open"":1}},{""vendorId"":""vendor:zte"",""markets"":{""suspended"":0,""closed"":2,""phase-out-pending"":0,""restricted"":2,""open"":246},""gdpShare"":{""suspended"":0,""closed"":0.022971409934655174,""phase-out-pending"":0,""restricted"":0.3055449954385343,""open"":0.6714835946268105},""subscriptionsShare"":{""suspended"":0,""closed"":0.004449176107924301,""phase-out-pending"":0,""restricted"":0.10090095816185467,""open"":0.894649865730221}}]"
           */
          'text/csv': string;
        };
      };
      /** @description Invalid request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/invalid-request",
           *       "title": "Invalid request",
           *       "status": 400,
           *       "detail": "The request does not match the schema: a query parameter, a header or the body."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://ledger.example.org/problems/unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "No bearer token, or one the service does not know."
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
