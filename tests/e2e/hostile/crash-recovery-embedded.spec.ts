import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "../fixtures";
import { migrateDatabase, startScratchEmbeddedDatabase } from "../../hostile-lib/scratch-server";
import { expectNoLossAcrossCrash } from "../../hostile-lib/crash-during-writes";

// The same crash on the embedded database `npm start` uses when DATABASE_URL is unset: kill -9
// of both the app server and the PGlite server process during 16 concurrent writers; the
// database restarted on the same data folder has every acknowledged claim, none half-written.
test("kill -9 of the app and the embedded database during concurrent writes loses no acknowledged claim", async () => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(path.join(tmpdir(), "factmark-crash-pglite-"));
  const dataDir = path.join(dir, "pglite");
  let database = await startScratchEmbeddedDatabase(dataDir);
  try {
    await migrateDatabase(database.url);
    await expectNoLossAcrossCrash({
      databaseUrl: database.url,
      crash: async (server) => {
        await Promise.all([server.kill9(), database.kill9()]);
      },
      restart: async () => {
        database = await startScratchEmbeddedDatabase(dataDir);
        return database.url;
      },
    });
  } finally {
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
