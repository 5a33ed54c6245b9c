/** Topic names from the event model; tests override them to isolate runs. */
export const LEDGER_TOPIC_DEFAULT = 'cleannet.ledger.v1';
export const CHANGES_TOPIC_DEFAULT = 'cleannet.commitment-changes.v1';
