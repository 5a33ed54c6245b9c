import { createSubscriber } from 'svelte/reactivity';
import type { Timeline, TimelineState } from './controller.ts';

/** Reads a headless timeline's state reactively in Svelte templates and effects. */
export function reactiveTimelineState(timeline: Timeline): { readonly current: TimelineState } {
  const subscribe = createSubscriber((update) => timeline.subscribe(() => update()));
  return {
    get current() {
      subscribe();
      return timeline.state;
    },
  };
}
