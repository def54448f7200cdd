// Hands PGlite's single session to one connection at a time, FIFO. A connection keeps it
// from its first message group until PostgreSQL reports the session idle (not in a
// transaction), so transactions of different connections never interleave.

/** @param {import("@electric-sql/pglite").PGlite} db */
export function createSessionLock(db) {
  /** @type {{ owner: object, resolve: () => void }[]} */
  const waiting = [];
  /** @type {object | null} */
  let owner = null;
  /** @type {(() => void)[]} */
  let idleWaiters = [];

  function grantNext() {
    const next = waiting.shift();
    if (next) {
      owner = next.owner;
      next.resolve();
    } else {
      owner = null;
      for (const w of idleWaiters) w();
      idleWaiters = [];
    }
  }

  return {
    /** Resolves when `conn` owns the session (at once if it already does). */
    acquire(conn) {
      if (owner === conn) return Promise.resolve();
      if (owner === null) {
        owner = conn;
        return Promise.resolve();
      }
      return new Promise((resolve) => waiting.push({ owner: conn, resolve }));
    },
    /** Gives the session up unless `conn` is inside a transaction (or mid extended query). */
    releaseIfIdle(conn, sessionIdle) {
      if (owner === conn && sessionIdle) grantNext();
    },
    /** A closed connection: drop its queue entry; roll back its open transaction. */
    async abandon(conn) {
      const i = waiting.findIndex((w) => w.owner === conn);
      if (i >= 0) waiting.splice(i, 1);
      if (owner !== conn) return;
      if (db.isInTransaction()) await db.exec("ROLLBACK").catch(() => {});
      grantNext();
    },
    /** Resolves when nobody owns the session. */
    idle() {
      return owner === null ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
