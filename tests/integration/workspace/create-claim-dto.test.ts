import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createClaim } from "@/lib/claim/create-claim";
import { getClaim } from "@/lib/claim/get-claim";
import { createRevision } from "@/lib/revision/create-revision";
import { createActor, createArticleWithText, ISS_TEXT } from "./workspace-fixtures";

describe("createClaim's answer", () => {
  let checker: Actor;
  beforeAll(async () => {
    checker = await createActor();
  });

  it("returns from createClaim exactly the claim a later read gives (built without reading it back)", async () => {
    const bob = await createActor();
    const article = await createArticleWithText(checker, ISS_TEXT);
    const created = await createClaim({
      actor: checker, articleId: article.id,
      input: { selector: { exact: "25-year-old" }, statement: "An engineer is 25", claimant: "Reuters", kind: "QUANTITY_COUNT", assigneeId: bob.id },
    });
    expect(created).toEqual(await getClaim({ actor: checker, claimId: created.id }));
  });


  it("marks on the new text after a correction (the cached text is per revision)", async () => {
    const article = await createArticleWithText(checker, ISS_TEXT);
    await createClaim({ actor: checker, articleId: article.id, input: { selector: { exact: "$100 billion" } } });
    const corrected = ISS_TEXT.replace("$100 billion", "$150 billion");
    const { revision } = await createRevision({ actor: checker, articleId: article.id, input: { text: corrected, note: "figure" } });
    const claim = await createClaim({ actor: checker, articleId: article.id, input: { selector: { exact: "$150 billion" } } });
    expect(claim).toMatchObject({ revisionId: revision.id, selector: { start: corrected.indexOf("$150 billion") } });
  });
});
