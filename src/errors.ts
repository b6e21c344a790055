// The catalogue of rasid's typed errors: one class per kind of failure, each with a stable code and a hint.

/** Where in an input an error was found. */
export interface InputPosition {
  file?: string;
  /** 1-based line number. */
  line?: number;
  /** 1-based column (UTF-16 units for text, bytes for undecodable input). */
  column?: number;
  /** 0-based byte offset in the raw input. */
  byte?: number;
}

/** Every stable error code rasid emits, with the hint printed beside it. */
export const ERROR_CODES = {
  E_USAGE: 'Run `rasid --help` or `rasid <command> --help` for the accepted arguments.',
  E_INPUT_NOT_FOUND: 'Check the path; use `-` or no path to read standard input.',
  E_INPUT_EMPTY: 'The input holds no text to analyse; check that the file was written completely.',
  E_INPUT_BINARY: 'The input contains NUL bytes, so it is not a text file; pass a UTF-8 .txt or .jsonl file.',
  E_INPUT_ENCODING:
    'The bytes are neither UTF-8 nor Arabic in UTF-16, Windows-1256 or ISO-8859-6: convert the file to UTF-8 (for example `iconv -f WINDOWS-1256 -t UTF-8 in.txt > out.txt`), or repair the broken bytes named.',
  E_INPUT_TOO_LARGE: 'Split the input into articles, or raise the limit with --max-bytes.',
  E_INPUT_FORMAT:
    'Use a .txt, .jsonl, .html/.htm, RSS/Atom (.xml, .rss, .atom) or JSON Feed (.json) file, a directory of them, an http(s) URL, or standard input; force a format with --input.',
  E_FEED_INVALID: 'The input is not an RSS, Atom or JSON Feed document; check the URL or file, or read it as a page with --input html.',
  E_URL_TIMEOUT: 'The server did not answer in time: retry later, raise --timeout, or use --offline to take the text a feed carries.',
  E_URL_UNREACHABLE: 'Check the URL and the network connection; the other inputs were still read.',
  E_URL_STATUS: 'The server refused the request or has no such page; check the URL.',
  E_JSONL_PARSE: 'Each line of a .jsonl file must be one JSON object; fix or remove the line named.',
  E_JSONL_RECORD:
    'A JSONL record needs a non-empty "body" or "text" string; "id", "title", "published", "url" and "outlet" are optional.',
  E_DATE_INVALID: 'Write dates as YYYY-MM-DD, for example --published 2014-11-16.',
  E_DATA_INVALID: 'A data file does not match its schema; fix the entry named (file and line) and retry.',
  E_PIPELINE_MISSING: 'Add the named stage earlier in the pipeline, or remove the stage that needs it.',
  E_PIPELINE_UNKNOWN: 'Use one of the registered stage names listed in the message.',
  E_MODEL_INVALID:
    'The model file is missing, truncated or corrupt: restore data/models/ner-anercorp.bin from git, or retrain it with `rasid ner train` (see data/models/README.md).',
  E_REQUEST_INVALID: 'Fix the parameter or body field named in the message; /api/openapi.json lists what each endpoint accepts.',
  E_NOT_FOUND: 'Check the id or path; list what exists with GET /api/articles, /api/actors or /api/stories.',
  E_UNAUTHORIZED: 'Send the token the server was started with (RASID_TOKEN) as `Authorization: Bearer <token>`.',
  E_INGEST_DISABLED: 'Start the server with the RASID_TOKEN environment variable set to allow POST /api/ingest.',
  E_MODEL_VERSION:
    'The model file was written in another format version: retrain it with this version of rasid (`rasid ner train`, see data/models/README.md).',
  E_STORE_OPEN: 'Check the --db value: a writable file path for SQLite, or postgres://user@host:port/database for PostgreSQL.',
  E_STORE_LOCKED:
    'Another process holds a write lock on the database: wait for it to finish (or stop it) and retry; nothing was written.',
  E_STORE_READONLY: 'The database cannot be written: check the file and folder permissions (or the role\'s grants) and retry; nothing was written.',
  E_STORE_SCHEMA: 'The database was written by a newer rasid: upgrade rasid, or use another --db.',
  E_STORE_RECORD: 'A record to store is not a valid rasid.extraction/1 record (or a story names unknown articles); fix the producer.',
  E_EXTRACT_FAILED: 'The analysis of this article failed inside rasid: report it with the article attached; the other articles were stored.',
  E_STORE_QUERY: 'Check the filter values: dates YYYY-MM-DD, PLOVER types in capitals, a bbox of four numbers west,south,east,north.',
  E_QUEUE_URL: 'Write the queue as nats://host:port/NAME (NAME of letters, digits, - and _), e.g. nats://127.0.0.1:4222/rasid.',
  E_QUEUE_UNAVAILABLE: 'Check that nats-server runs with JetStream enabled (-js) at the host and port of --queue; workers reconnect by themselves once it is back.',
  E_QUEUE_JOB: 'The queue held a message that is not a rasid job (or one with invalid fields); it was moved to the dead-letter queue. Enqueue with `rasid ingest --queue`.',
  E_QUEUE_ATTEMPTS: 'The job failed, or stopped its worker, on every attempt; `rasid queue status` shows its error. Fix the cause, then `rasid queue retry` puts it back.',
  E_QUEUE_TOO_LARGE: 'The article does not fit in one queue message; split it, or raise the server\'s max_payload.',
  E_FEED_UNKNOWN: 'List the polled feeds with `rasid feeds list`; add one with `rasid feeds add URL --every 10m`.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Base class of every error rasid raises on purpose. */
export class RasidError extends Error {
  override name = 'RasidError';
  readonly code: ErrorCode;
  readonly hint: string;
  readonly position: InputPosition | undefined;

  constructor(code: ErrorCode, message: string, options: { hint?: string; position?: InputPosition; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.hint = options.hint ?? ERROR_CODES[code];
    this.position = options.position;
  }

  /** `file:line:column` where known, for messages. */
  where(): string {
    const p = this.position;
    if (!p) return '';
    const parts = [p.file, p.line, p.column].filter((x) => x !== undefined);
    let s = parts.join(':');
    if (p.byte !== undefined) s += `${s ? ' ' : ''}(byte ${p.byte})`;
    return s;
  }

  toJSON(): Record<string, unknown> {
    return { code: this.code, message: this.message, hint: this.hint, ...(this.position ? { position: this.position } : {}) };
  }
}

/** Wrong arguments or options on the command line. */
export class UsageError extends RasidError {
  override name = 'UsageError';
  constructor(message: string, hint?: string) {
    super('E_USAGE', message, hint === undefined ? {} : { hint });
  }
}

/** An input that cannot be read as an article (missing, empty, binary, wrongly encoded, too large, malformed). */
export class InputError extends RasidError {
  override name = 'InputError';
}

/** A data file (lexicon, gazetteer, pattern list) that does not match its schema. */
export class DataError extends RasidError {
  override name = 'DataError';
  constructor(message: string, position: InputPosition, cause?: unknown) {
    super('E_DATA_INVALID', message, { position, cause });
  }
}

/** A pipeline assembled wrongly: an unknown stage, or a stage whose prerequisite is missing. */
export class PipelineError extends RasidError {
  override name = 'PipelineError';
}

/** A statistical model file (data/models/*.bin) that cannot be used: missing, truncated, corrupt or of another version. */
export class ModelError extends RasidError {
  override name = 'ModelError';
  constructor(code: 'E_MODEL_INVALID' | 'E_MODEL_VERSION', message: string, file: string, cause?: unknown) {
    super(code, message, { position: { file }, cause });
  }
}

/** The store cannot be opened, written or queried as asked (locked, read-only, newer schema, invalid record or filter). */
export class StoreError extends RasidError {
  override name = 'StoreError';
}

/** A request to the HTTP API that cannot be served as asked: an invalid parameter or body, an unknown id, a missing token. */
export class RequestError extends RasidError {
  override name = 'RequestError';
}

/** The work queue cannot be reached or used as asked, or a job on it is not one rasid can run. */
export class QueueError extends RasidError {
  override name = 'QueueError';
}
