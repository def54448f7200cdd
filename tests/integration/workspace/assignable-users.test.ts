import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listAssignableUsers } from "@/lib/user/list-assignable-users";
import { updateClaim } from "@/lib/claim/update-claim";
import { createClaim } from "@/lib/claim/create-claim";
import { createActor, createArticleWithText, expectAppError, ISS_TEXT } from "./workspace-fixtures";

describe("assignable users", () => {
  it("lists active fact-checkers, editors and admins by name — never exporters or disabled users", async () => {
    const checker = await createActor("FACT_CHECKER");
    const editor = await createActor("EDITOR");
    const exporter = await createActor("EXPORTER");
    const gone = await createActor("FACT_CHECKER");
    await db.user.update({ where: { id: gone.id }, data: { disabled: true } });

    const ids = new Set((await listAssignableUsers({ actor: checker })).map((u) => u.id));
    expect(ids.has(checker.id)).toBe(true);
    expect(ids.has(editor.id)).toBe(true);
    expect(ids.has(exporter.id)).toBe(false);
    expect(ids.has(gone.id)).toBe(false);
    const first = (await listAssignableUsers({ actor: checker }))[0]!;
    expect(Object.keys(first).sort()).toEqual(["id", "name"]);
  });

  it("is refused to an exporter, and a listed colleague can be assigned", async () => {
    const exporter = await createActor("EXPORTER");
    expect((await expectAppError(() => listAssignableUsers({ actor: exporter }))).code).toBe("FORBIDDEN");

    const checker = await createActor("FACT_CHECKER");
    const colleague = await createActor("EDITOR");
    const article = await createArticleWithText(checker, ISS_TEXT);
    const claim = await createClaim({ actor: checker, articleId: article.id, input: { selector: { exact: "more than $100 billion" } } });
    const updated = await updateClaim({ actor: checker, claimId: claim.id, input: { version: claim.version, assigneeId: colleague.id } });
    expect(updated.assignee).toEqual({ id: colleague.id, name: colleague.name });
  });
});
