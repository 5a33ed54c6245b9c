/**
 * `event[key]`, read by a generic lookup that keeps no inline cache
 * (`Reflect.get` is compiled to a call of V8's GetProperty builtin).
 *
 * `apply` reads each field of every event once. When events share a few
 * hidden classes (parsed from JSON, stamped by the decider), a plain
 * `event.id` is a cached load and this costs about 12 ns more per field.
 * When every event has a hidden class of its own, as objects built with a
 * spread in the middle of a literal can (the synthetic history's are: a
 * dictionary-mode object turned fast again gets a fresh map), a plain read
 * misses V8's megamorphic cache every time and goes to the runtime: reading
 * 4 fields of 1M such events took 0.96-1.10 s that way against 0.28-0.31 s
 * with this lookup. The index should not depend on how its caller built the
 * objects.
 */
export function eventField<E extends object, K extends keyof E & string>(event: E, key: K): E[K] {
  return Reflect.get(event, key) as E[K];
}
