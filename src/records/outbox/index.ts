export { createOutbox, DEFAULT_BATCH_SIZE, type Outbox, type OutboxOptions, type OutboxStatus } from './outbox.ts';
export { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.ts';
export { memoryOutboxStore } from './memoryStore.ts';
export * from './types.ts';
