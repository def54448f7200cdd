"use client";

import { useState } from "react";
import type { ImportPreviewDto } from "@/lib/article/article.types";
import { ImportSourceForm } from "@/components/import/import-source-form";
import { ImportPreviewForm } from "@/components/import/import-preview-form";
import "@/components/article/workspace.css";
import "@/components/import/import.css";

/** The import page's two steps: choose the source, then check the preview and save. */
export function ImportArticle() {
  const [preview, setPreview] = useState<ImportPreviewDto | null>(null);
  return preview ? <ImportPreviewForm preview={preview} onBack={() => setPreview(null)} /> : <ImportSourceForm onPreview={setPreview} />;
}
