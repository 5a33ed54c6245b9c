/** DI token for the ReadinessProbe. */
export const READINESS = Symbol('READINESS');

export interface ReadinessCheck {
  readonly name: string;
  readonly ok: boolean;
  readonly detail?: string;
}

/** What `/readyz` asks: is the log reachable, are the projections caught up? */
export interface ReadinessProbe {
  check(): Promise<readonly ReadinessCheck[]>;
}
