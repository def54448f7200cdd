import { describe, expect, it } from "vitest";
import { W3C_CONTENT_TYPE, toW3cCollection } from "@/lib/export/export-w3c";
import { buildFixture, fixtureContext, HOSTILE } from "./fixture";

const a = buildFixture();
const collection = toW3cCollection(a, fixtureContext);
const items = collection.first.items;

describe("toW3cCollection", () => {
  it("is an AnnotationCollection with its first page embedded, one Annotation per claim", () => {
    expect(collection["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.total).toBe(a.claims.length);
    expect(collection.first.partOf).toBe(collection.id);
    expect(items.map((i) => i.id)).toEqual(a.claims.map((c) => `https://factmark.example.org/api/v1/claims/${c.id}`));
    expect(items.every((i) => i.motivation === "assessing")).toBe(true);
    expect(W3C_CONTENT_TYPE).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
  });

  it("targets the article revision with quote and code-point position selectors", () => {
    const cps = Array.from(a.article.revision.text);
    for (const item of items) {
      const [quote, position] = item.target.selector;
      expect(item.target.source).toBe(a.article.sourceUrl);
      expect(item.target.state).toEqual({ type: "TimeState", sourceDate: a.article.revision.createdAt });
      expect(cps.slice(position.start, position.end).join("")).toBe(quote.exact);
    }
  });

  it("falls back to the app's article URL when the article has no http(s) source URL", () => {
    const pasted = { ...a, article: { ...a.article, sourceUrl: null } };
    expect(toW3cCollection(pasted, fixtureContext).first.items[0]?.target.source).toBe(
      `https://factmark.example.org/articles/${a.article.id}`,
    );
  });

  it("puts the verdict, the sanitized explanation and http(s) sources in the bodies", () => {
    const iss = items.find((i) => i.id.endsWith("cmclaim000000000000000001"))!;
    const bodies = iss.body ?? [];
    expect(bodies[0]).toMatchObject({ type: "TextualBody", purpose: "assessing", value: expect.stringMatching(/^Mostly true: NASA alone/) });
    expect(bodies[1]).toMatchObject({ type: "TextualBody", purpose: "describing", format: "text/html" });
    expect(JSON.stringify(bodies)).not.toMatch(/javascript:|onclick|onerror|<script|iframe/i);
    const links = bodies.filter((b) => b.type === "SpecificResource");
    expect(links).toEqual([
      expect.objectContaining({ purpose: "linking", source: "https://oig.nasa.gov/docs/IG-22-005.pdf" }),
    ]);
    expect(JSON.stringify(collection)).not.toContain(HOSTILE.sourceUrl);
  });

  it("omits the body of a claim with no verdict and no sources", () => {
    const draft = items.find((i) => i.id.endsWith("cmclaim000000000000000003"))!;
    expect(draft.body).toBeUndefined();
  });
});
