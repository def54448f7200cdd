import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { can } from "@/lib/auth/policy";
import { getWorkspaceArticle } from "@/lib/article/get-workspace-article";
import { listRatingScale } from "@/lib/rating-scale/list-rating-scale";
import { listAssignableUsers } from "@/lib/user/list-assignable-users";
import { isAppError } from "@/lib/errors/app-error";
import { ArticleWorkspace } from "@/components/article/article-workspace";
import { EARLY_CLAIM_CLICK_SCRIPT } from "@/components/article/early-claim-click-script";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("article.read");
  const { id } = await params;
  // the article, the rating scale and the assignees are read at once (each checks the actor)
  const [article, ratingScale, assignees] = await Promise.all([
    getWorkspaceArticle({ actor, articleId: id }).catch((e: unknown) => {
      if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "INVALID_INPUT")) notFound();
      throw e;
    }),
    listRatingScale({ actor }),
    can(actor, "claim.update") ? listAssignableUsers({ actor }) : Promise.resolve([]),
  ]);
  const user = {
    id: actor.id,
    name: actor.name,
    role: actor.role,
    canCreate: can(actor, "claim.create"),
    canUpdate: can(actor, "claim.update"),
    canDelete: can(actor, "claim.delete"),
    canComment: can(actor, "comment.create"),
    canWriteSources: can(actor, "source.write"),
    assignees,
  };
  return (
    <>
      {/* before the article: records a click on a highlight made before the scripts ran */}
      <script dangerouslySetInnerHTML={{ __html: EARLY_CLAIM_CLICK_SCRIPT }} />
      <ArticleWorkspace article={article} ratingScale={ratingScale} user={user} />
    </>
  );
}
