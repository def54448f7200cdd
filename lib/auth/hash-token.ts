import { createHash, randomBytes } from "node:crypto";

/** API tokens and invite links: a random secret shown once; only its sha256 is stored. */
export function generateSecret(prefix: string): string {
  return `${prefix}_${randomBytes(24).toString("base64url")}`;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
