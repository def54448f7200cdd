/** Bulk inserts through `pg`: one statement per chunk, rows passed as one JSON parameter. */
import type pg from "pg";

/**
 * Inserts `rows` into `table` with `json_populate_recordset`, so thousands of rows cost one
 * round trip and columns left out of the rows keep their database defaults.
 */
export async function insertRows(client: pg.ClientBase, table: string, rows: Record<string, unknown>[], chunk = 2000): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first).map((c) => `"${c}"`).join(", ");
  for (let i = 0; i < rows.length; i += chunk) {
    const json = JSON.stringify(rows.slice(i, i + chunk));
    await client.query(`INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(null::"${table}", $1::json)`, [json]);
  }
}
