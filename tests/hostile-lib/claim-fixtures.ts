import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";

/** Text with money, an age, a date and a count, so the detector has suggestions to offer. */
export const FIXTURE_TEXT =
  "The $100 billion ISS is a 25-year-old totem of scientific diplomacy.\n\nIt was the first in-person meeting since 2018, officials said on Thursday.\n\nTwo U.S. astronauts and a Russian cosmonaut flew in February 2022.";

export type ClaimRef = { id: string; articleId: string; version: number };

async function ok<T>(what: string, res: Awaited<ReturnType<APIRequestContext["get"]>>, status?: number): Promise<T> {
  if (status ? res.status() !== status : !res.ok()) throw new Error(`${what}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * Builds articles and claims in given workflow states over the real API: `owner` (a
 * fact-checker) writes them and `reviewer` (an editor, never the owner) approves them.
 */
export class ClaimFixtures {
  /** every article these fixtures made, so a spec can scope its row counts to them */
  readonly articleIds: string[] = [];

  constructor(readonly owner: APIRequestContext, readonly reviewer: APIRequestContext) {}

  async article(text = FIXTURE_TEXT, title = `Hostile ${randomUUID().slice(0, 8)}`): Promise<{ id: string; version: number }> {
    const body = await ok<{ id: string; version: number }>("create article", await this.owner.post("/api/v1/articles", { data: { title, text } }), 201);
    this.articleIds.push(body.id);
    return { id: body.id, version: body.version };
  }

  async claim(articleId?: string, extra: Record<string, unknown> = {}): Promise<ClaimRef> {
    const aid = articleId ?? (await this.article()).id;
    const c = await ok<{ id: string; version: number }>("create claim", await this.owner.post(`/api/v1/articles/${aid}/claims`, { data: { selector: { start: 4, end: 16 }, ...extra } }), 201);
    return { id: c.id, articleId: aid, version: c.version };
  }

  async source(claimId: string, data: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
    const dto = await ok<{ sources: { id: string; version: number }[] }>("create source", await this.owner.post(`/api/v1/claims/${claimId}/sources`, { data: { url: "https://example.org/iss-cost", title: "ISS cost", ...data } }), 201);
    const s = dto.sources[dto.sources.length - 1]!;
    return { id: s.id, version: s.version };
  }

  /** A draft with statement, verdict (rating + summary) and one source: ready to submit. */
  async readyClaim(articleId?: string): Promise<ClaimRef> {
    const c = await this.claim(articleId);
    const patched = await ok<{ version: number }>("verdict", await this.owner.patch(`/api/v1/claims/${c.id}`, {
      data: { version: c.version, statement: "The ISS cost $100 billion", verdict: { rating: "true", summary: "NASA's figure." } },
    }));
    await this.source(c.id);
    const now = await ok<{ version: number }>("get claim", await this.owner.get(`/api/v1/claims/${c.id}`));
    return { ...c, version: Math.max(now.version, patched.version) };
  }

  async submittedClaim(articleId?: string): Promise<ClaimRef> {
    const c = await this.readyClaim(articleId);
    const r = await ok<{ version: number }>("submit", await this.owner.post(`/api/v1/claims/${c.id}/submit`, { data: { version: c.version } }));
    return { ...c, version: r.version };
  }

  async approvedClaim(articleId?: string): Promise<ClaimRef> {
    const c = await this.submittedClaim(articleId);
    const r = await ok<{ version: number }>("approve", await this.reviewer.post(`/api/v1/claims/${c.id}/approve`, { data: { version: c.version } }));
    return { ...c, version: r.version };
  }

  /** A claim whose quote a correction removed: its anchor outcome is ORPHANED. */
  async orphanedClaim(): Promise<ClaimRef> {
    const c = await this.claim();
    await ok("revise", await this.owner.post(`/api/v1/articles/${c.articleId}/revisions`, { data: { text: "Entirely rewritten.\n\nNothing of the first version is left here." } }), 201);
    const now = await ok<{ version: number; anchor: { outcome: string } }>("get claim", await this.owner.get(`/api/v1/claims/${c.id}`));
    if (now.anchor.outcome !== "ORPHANED") throw new Error(`expected an orphaned claim, got ${now.anchor.outcome}`);
    return { ...c, version: now.version };
  }

  /** The key of one detector suggestion on the article. */
  async suggestionKey(articleId: string, index = 0): Promise<string> {
    const body = await ok<unknown>("suggestions", await this.owner.get(`/api/v1/articles/${articleId}/suggestions`));
    const list = (Array.isArray(body) ? body : ((body as { suggestions?: unknown[] }).suggestions ?? [])) as { key: string }[];
    const s = list[index];
    if (!s) throw new Error(`no suggestion #${index} on ${articleId}: ${JSON.stringify(body).slice(0, 200)}`);
    return s.key;
  }
}
