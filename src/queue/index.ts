// The scale-out queue's public entry: jobs on NATS JetStream, workers that write to the store, the feed scheduler.
export { parseQueueUrl, parseDuration, formatDuration, splitDbUrl, retryDelay, queueNames, type QueueConfig } from './config.js';
export { JobQueue, DUPLICATE_WINDOW_MS, type DeadLetter, type QueueStatus, type ConnectionState } from './nats.js';
export { decodeJob, encodeJob, articleJob, urlJob, feedJob, jobMessageId, jobLabel, type Job, type JobKind } from './jobs.js';
export { Worker, isTransient, type WorkerOptions } from './worker.js';
export { WorkerMetrics, serveMetrics, sample, histogramQuantile, LATENCY_BUCKETS } from './metrics.js';
export { openFeedState, PostgresFeedState, SqliteFeedState, type FeedState, type FeedRecord, type PollOutcome } from './feed-state.js';
export { Scheduler, type SchedulerOptions } from './scheduler.js';
export { enqueueInputs, type EnqueueSummary } from './enqueue.js';
export { conditionalGet, itemKey, itemJob, parseFetchedFeed } from './poll.js';
