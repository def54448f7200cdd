// The steps of `npm start` that decide whether work is needed (install, build, secret).
import { createHash, randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const buildHashFile = path.join(root, ".next", "factmark-build-hash");
const secretFile = path.join(root, ".data", "nextauth-secret");

/** True when node_modules is missing or older than package-lock.json. */
export function needsInstall() {
  const installed = path.join(root, "node_modules", ".package-lock.json");
  if (!existsSync(installed)) return true;
  return statSync(path.join(root, "package-lock.json")).mtimeMs > statSync(installed).mtimeMs;
}

/** True when the generated Prisma client is missing. */
export function needsPrismaGenerate() {
  return !existsSync(path.join(root, "lib", "generated", "prisma", "client.ts"));
}

/** Hash of the git-tracked source (plus package-lock); falls back to walking the tree without git. */
export function sourceHash() {
  const hash = createHash("sha256");
  let files;
  try {
    files = execFileSync("git", ["ls-files", "-co", "--exclude-standard"], { cwd: root, encoding: "utf8" })
      .split("\n")
      .filter(Boolean);
  } catch {
    files = ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "package.json"].filter((f) =>
      existsSync(path.join(root, f)),
    );
  }
  for (const file of [...files, "package-lock.json"].sort()) {
    if (/^(tests|bench|\.ci|prisma\/migrations)\//.test(file) || file.endsWith(".md")) continue;
    const full = path.join(root, file);
    if (!existsSync(full) || !statSync(full).isFile()) continue;
    hash.update(file).update("\0").update(readFileSync(full)).update("\0");
  }
  return hash.digest("hex");
}

/** True when `.next` was not built from the current source. */
export function needsBuild(hash) {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) return true;
  return !existsSync(buildHashFile) || readFileSync(buildHashFile, "utf8").trim() !== hash;
}

export function recordBuild(hash) {
  writeFileSync(buildHashFile, `${hash}\n`);
}

/**
 * NEXTAUTH_SECRET: the operator's; else, outside production, one generated once and kept in
 * .data/nextauth-secret so sessions survive restarts. Returns null when production lacks one.
 */
export function resolveNextAuthSecret(env) {
  if (env.NEXTAUTH_SECRET) return { secret: env.NEXTAUTH_SECRET, generated: false };
  if (env.NODE_ENV === "production") return null;
  if (existsSync(secretFile)) return { secret: readFileSync(secretFile, "utf8").trim(), generated: false };
  mkdirSync(path.dirname(secretFile), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(secretFile, `${secret}\n`, { mode: 0o600 });
  return { secret, generated: true };
}

/**
 * NEXTAUTH_URL: the operator's; else http://localhost:<port>, as README.md documents. Unset,
 * next-auth assumes http://localhost:3000, so signing out of a server on another port sent
 * the browser to a dead address.
 */
export function resolveNextAuthUrl(env, port) {
  return env.NEXTAUTH_URL || `http://localhost:${port}`;
}
