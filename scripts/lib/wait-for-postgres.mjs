import pg from "pg";

/**
 * Resolves once `url` accepts a connection and answers `SELECT 1`; rejects after `timeoutMs`
 * with the last connection error.
 */
export async function waitForPostgres(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      await client.end().catch(() => {});
    }
  }
  throw new Error(`PostgreSQL at ${url.replace(/:[^:@/]*@/, ":***@")} is not reachable: ${lastError?.message ?? "timeout"}`);
}
