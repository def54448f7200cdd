#!/usr/bin/env node
// A PostgreSQL wire-protocol server over one PGlite (PostgreSQL in WebAssembly) session.
// Why not pglite-socket's `pglite-server`: it queues single protocol messages, so when a large
// message arrives in several TCP chunks, another connection's Parse/Bind can run between
// ours ("portal does not exist", or one client receiving another's rows). Here a connection
// runs whole message groups (up to Sync / Query) and keeps the session while its
// transaction is open; the others wait their turn (keep transactions short).
// Usage: node scripts/lib/pglite-server.mjs --db=DIR [--port=0] [--host=127.0.0.1] [--max-connections=32]
// Prints "listening on HOST:PORT" once it accepts connections.
import net from "node:net";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { createSessionLock } from "./session-lock.mjs";
import { createConnection } from "./pglite-connection.mjs";

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    port: { type: "string", default: "0" },
    host: { type: "string", default: "127.0.0.1" },
    "max-connections": { type: "string", default: "32" },
  },
});
if (!values.db) {
  console.error("pglite-server: --db=DIR is required");
  process.exit(2);
}

const db = new PGlite(values.db);
await db.waitReady;
const lock = createSessionLock(db);
const sockets = new Set();
const maxConnections = Number(values["max-connections"]);

const server = net.createServer((socket) => {
  if (sockets.size >= maxConnections) {
    socket.end();
    return;
  }
  sockets.add(socket);
  socket.on("close", () => sockets.delete(socket));
  createConnection(socket, db, lock);
});
server.on("error", (error) => {
  console.error(`pglite-server: ${error.message}`);
  process.exit(1);
});
server.listen(Number(values.port), values.host, () => {
  const address = server.address();
  console.log(`listening on ${values.host}:${address.port}`);
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  server.close();
  for (const socket of sockets) socket.destroy();
  await lock.idle();
  await db.close(); // flushes the data folder
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
process.on("disconnect", stop); // parent died
