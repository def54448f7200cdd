import type { APIRequestContext, Page } from "@playwright/test";

/** Marks `exact` in the article through the API (as the signed-in user of `request`). */
export async function createClaim(request: APIRequestContext, articleId: string, exact: string, extra: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  const res = await request.post(`/api/v1/articles/${articleId}/claims`, { data: { selector: { exact }, ...extra } });
  if (!res.ok()) throw new Error(`create claim failed: ${res.status()} ${await res.text()}`);
  return (await res.json()) as { id: string; version: number };
}

/**
 * Drags the mouse over the first occurrence of `text` in the article view: from just inside
 * its first character to just inside its last, as a person would.
 */
export async function selectByMouse(page: Page, text: string): Promise<void> {
  // suggestion highlights arrive after the page loads; a drag across a paragraph that
  // re-renders meanwhile loses its end, so check the editor's selection and drag again
  await page.waitForLoadState("networkidle");
  for (let attempt = 0; attempt < 3; attempt++) {
    await dragOver(page, text);
    const selected = await page.getByTestId("article-text").evaluate((el) => {
      const editor = (el as unknown as { editor?: { state: { selection: { from: number; to: number }; doc: { textBetween(a: number, b: number, s: string): string } } } }).editor;
      if (!editor) return window.getSelection()?.toString() ?? "";
      const { from, to } = editor.state.selection;
      return editor.state.doc.textBetween(from, to, "\n\n");
    });
    if (selected.trim() === text) return;
    await page.waitForTimeout(300);
  }
  throw new Error(`could not select "${text}" with the mouse`);
}

async function dragOver(page: Page, text: string): Promise<void> {
  const pts = await page.getByTestId("article-text").evaluate((root, t) => {
    const nodes: { node: Text; start: number }[] = [];
    let all = "";
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, start: all.length });
      all += n.textContent ?? "";
    }
    const at = all.indexOf(t);
    if (at < 0) throw new Error(`"${t}" not in the article`);
    const locate = (i: number) => {
      const hit = [...nodes].reverse().find((x) => x.start <= i)!;
      return { node: hit.node, offset: i - hit.start };
    };
    const a = locate(at);
    const b = locate(at + t.length - 1);
    const r1 = document.createRange();
    r1.setStart(a.node, a.offset);
    r1.setEnd(a.node, a.offset + 1);
    const r2 = document.createRange();
    r2.setStart(b.node, b.offset);
    r2.setEnd(b.node, b.offset + 1);
    const first = r1.getBoundingClientRect();
    const last = r2.getBoundingClientRect();
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, text);
  await page.mouse.move(pts.x1, pts.y1);
  await page.mouse.down();
  await page.mouse.move(pts.x2, pts.y2, { steps: 8 });
  await page.mouse.up();
}

/** The claim as the API returns it. */
export async function getClaim(request: APIRequestContext, id: string) {
  const res = await request.get(`/api/v1/claims/${id}`);
  if (!res.ok()) throw new Error(`get claim failed: ${res.status()}`);
  return (await res.json()) as { id: string; version: number; statement: string; selector: { exact: string; start: number; end: number }; sources: unknown[] };
}
