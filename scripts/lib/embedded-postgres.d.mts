/** Types of embedded-postgres.mjs for TypeScript callers (the integration-test setup). */
export declare const defaultDataDir: string;

export type EmbeddedPostgres = {
  /** postgres://postgres:postgres@127.0.0.1:PORT/postgres?sslmode=disable */
  url: string;
  port: number;
  /** Stops the server (flushing the data folder) and releases the folder's lock. */
  stop: () => Promise<void>;
};

/** Starts PGlite on `dataDir` (default .data/pglite) on a free port; waits until it accepts connections. */
export declare function startEmbeddedPostgres(options?: {
  dataDir?: string;
  maxConnections?: number;
}): Promise<EmbeddedPostgres>;
