import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { ImportArticle } from "@/components/import/import-article";

export const metadata: Metadata = { title: "Import an article" };

export default async function NewArticlePage() {
  await requirePageActor("article.import");
  return (
    <div className="stack narrow-wide">
      <h1>Import an article</h1>
      <p className="muted">Paste the article (plain text or a page’s HTML), upload a file, or give its address. You can check the text and fix the details before saving.</p>
      <ImportArticle />
    </div>
  );
}
