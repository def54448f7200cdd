import { getEnv } from "@/lib/env";
import { getSettings } from "@/lib/settings/get-settings";
import type { ExportContext } from "./annotated-article.types";

/**
 * The newsroom settings and absolute base URL the converters need. The base URL is
 * NEXTAUTH_URL when configured (the canonical address behind a proxy), else the origin the
 * request came to, so ids in exports dereference to this instance.
 */
export async function getExportContext(opts: { requestUrl?: string } = {}): Promise<ExportContext> {
  const settings = await getSettings();
  const configured = getEnv().NEXTAUTH_URL;
  const base = configured ?? (opts.requestUrl ? new URL(opts.requestUrl).origin : "http://localhost:3000");
  return {
    newsroomName: settings.newsroomName,
    newsroomUrl: settings.newsroomUrl,
    publicationBaseUrl: settings.publicationBaseUrl,
    appBaseUrl: base.replace(/\/+$/, ""),
  };
}
