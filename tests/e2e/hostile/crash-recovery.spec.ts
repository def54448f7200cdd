import { test } from "../fixtures";
import { createScratchDatabase } from "../../hostile-lib/scratch-server";
import { expectNoLossAcrossCrash } from "../../hostile-lib/crash-during-writes";

// kill -9 of the server during 16 concurrent writers, on a PostgreSQL server: after a restart
// every acknowledged claim is there, and no claim is half-written (anchor row and audit event).
test("kill -9 during concurrent writes loses no acknowledged claim and leaves none half-written", async () => {
  test.setTimeout(120_000);
  const serverUrl = process.env.DATABASE_URL ?? "";
  test.skip(!/^postgres(ql)?:\/\//.test(serverUrl), "needs DATABASE_URL on a PostgreSQL server");
  const scratch = await createScratchDatabase(serverUrl);
  test.skip(!scratch, "the e2e database server does not allow CREATE DATABASE (e.g. embedded PGlite)");
  try {
    await expectNoLossAcrossCrash({
      databaseUrl: scratch!.url,
      crash: (server) => server.kill9(),
      restart: async () => scratch!.url, // the PostgreSQL server itself keeps running
    });
  } finally {
    await scratch!.drop();
  }
});
