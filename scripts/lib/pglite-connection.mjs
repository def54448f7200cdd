// One client socket of scripts/lib/pglite-server.mjs: splits the byte stream into protocol
// messages, groups them up to a sync point, and runs each group on PGlite under the
// session lock.
const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const SYNC_POINTS = new Set(["S", "Q", "X"]); // Sync, simple Query, Terminate

/**
 * @param {import("node:net").Socket} socket
 * @param {import("@electric-sql/pglite").PGlite} db
 * @param {ReturnType<import("./session-lock.mjs").createSessionLock>} lock
 */
export function createConnection(socket, db, lock) {
  const conn = {};
  let buffer = Buffer.alloc(0);
  let started = false;
  /** @type {Buffer[]} */
  let group = [];
  let chain = Promise.resolve();
  socket.setNoDelay(true);

  async function run(messages) {
    await lock.acquire(conn);
    let idle = true;
    for (const message of messages) {
      if (socket.destroyed) break;
      const out = await db.execProtocolRaw(new Uint8Array(message));
      if (out.length > 0 && !socket.destroyed) socket.write(out);
      const status = lastReadyStatus(out);
      if (status !== null) idle = status === "I";
      else if (message[0] !== 0x53 && message[0] !== 0x51) idle = false; // no ReadyForQuery yet
    }
    lock.releaseIfIdle(conn, idle && !db.isInTransaction());
  }

  socket.on("data", (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    while (true) {
      if (!started) {
        if (buffer.length < 8) return;
        const len = buffer.readInt32BE(0);
        const code = buffer.readInt32BE(4);
        if (buffer.length < len) return;
        const msg = buffer.subarray(0, len);
        buffer = buffer.subarray(len);
        if (code === SSL_REQUEST) socket.write("N");
        else if (code === CANCEL_REQUEST) socket.end();
        else {
          started = true;
          const startup = Buffer.from(msg);
          chain = chain.then(() => run([startup]));
        }
        continue;
      }
      if (buffer.length < 5) return;
      const len = 1 + buffer.readInt32BE(1);
      if (buffer.length < len) return;
      const msg = Buffer.from(buffer.subarray(0, len));
      buffer = buffer.subarray(len);
      group.push(msg);
      if (SYNC_POINTS.has(String.fromCharCode(msg[0])) || msg[0] === 0x48 /* Flush */) {
        const messages = group;
        group = [];
        chain = chain.then(() => run(messages)).catch((error) => {
          console.error(`pglite-server: ${error?.message ?? error}`);
          socket.destroy();
        });
      }
    }
  });
  socket.on("error", () => socket.destroy());
  socket.on("close", () => {
    chain = chain.finally(() => lock.abandon(conn));
  });
}

/** The transaction status of the last ReadyForQuery ('Z') message in `out`, or null. */
function lastReadyStatus(out) {
  let status = null;
  let i = 0;
  while (i + 5 <= out.length) {
    const type = out[i];
    const len = ((out[i + 1] << 24) | (out[i + 2] << 16) | (out[i + 3] << 8) | out[i + 4]) >>> 0;
    if (type === 0x5a && i + 5 < out.length) status = String.fromCharCode(out[i + 5]);
    i += 1 + len;
  }
  return status;
}
