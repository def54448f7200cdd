import { describe, expect, it, vi } from "vitest";
import { Editor } from "@tiptap/core";
import { DOMParser as PmDOMParser, DOMSerializer } from "@tiptap/pm/model";
import { parseHTML } from "linkedom";
import { buildArticleDoc } from "@/components/editor/text-positions";
import { articleExtensions } from "@/components/editor/article-extensions";
import { CLAIM_MARKS_META, findClaimRanges } from "@/components/editor/claim-mark";
import { EditorState, TextSelection } from "@tiptap/pm/state";

const { document } = parseHTML("<!doctype html><html><body></body></html>");

function editorFor(text: string, claims: { id: string; start: number; end: number; status: string }[] = []) {
  return new Editor({ element: null, extensions: articleExtensions(), content: buildArticleDoc(text, claims) });
}

/** The document rendered through the schema's toDOM (what the browser would show). */
function html(editor: Editor): string {
  const div = document.createElement("div");
  div.appendChild(DOMSerializer.fromSchema(editor.schema).serializeFragment(editor.state.doc.content, { document }) as unknown as Node);
  return div.innerHTML;
}

describe("ClaimMark", () => {
  it("renders a mark with data-claim-id, status and a text label", () => {
    const editor = editorFor("The $100 billion ISS", [{ id: "ck1", start: 4, end: 16, status: "IN_REVIEW" }]);
    const out = html(editor);
    expect(out).toContain('<mark');
    expect(out).toMatch(/data-claim-id="ck1"/);
    expect(out).toMatch(/data-status="IN_REVIEW"/);
    expect(out).toMatch(/class="claim-mark"/);
    expect(out).toMatch(/title="Claim \(in review\)"/);
  });

  it("nests overlapping claims as separate elements", () => {
    const editor = editorFor("since 2018 meeting", [
      { id: "a", start: 0, end: 18, status: "DRAFT" },
      { id: "b", start: 6, end: 10, status: "APPROVED" },
    ]);
    const div = document.createElement("div");
    div.innerHTML = html(editor);
    const inner = div.querySelector('mark[data-claim-id="a"] mark[data-claim-id="b"]');
    expect(inner?.textContent).toBe("2018");
  });

  it("refuses an injected claim id in commands, rendering and parsing", () => {
    const evil = 'x" onmouseover="alert(1)';
    const editor = editorFor("Some text here");
    expect(editor.commands.setClaim({ claimId: evil, status: "DRAFT", from: 1, to: 5 })).toBe(false);
    expect(html(editor)).not.toContain("onmouseover");
    // a status outside the enum is shown as DRAFT, never echoed
    editor.commands.setClaim({ claimId: "ok1", status: '"><img src=x onerror=alert(1)>', from: 1, to: 5 });
    const out = html(editor);
    expect(out).not.toContain("onerror");
    expect(out).toMatch(/data-status="DRAFT"/);
    // pasted HTML with a bad id does not become a claim
    const host = document.createElement("div");
    host.innerHTML = `<p><mark data-claim-id='${evil}'>bad</mark> <mark data-claim-id="good_1" data-status="APPROVED">good</mark></p>`;
    const doc = PmDOMParser.fromSchema(editor.schema).parse(host as unknown as HTMLElement);
    const ids: string[] = [];
    doc.descendants((n) => {
      for (const m of n.marks) ids.push(String(m.attrs.claimId));
    });
    expect(ids).toEqual(["good_1"]);
  });

  it("sets, restyles and removes a claim through typed commands", () => {
    const editor = editorFor("Russia invaded Ukraine in February 2022.");
    expect(editor.commands.setClaim({ claimId: "c9", status: "DRAFT", from: 27, to: 40 })).toBe(true);
    expect(editor.state.doc.textBetween(27, 40)).toBe("February 2022");
    expect(findClaimRanges(editor.state.doc, "c9")).toHaveLength(1);
    editor.commands.setClaimStatus("c9", "APPROVED");
    expect(html(editor)).toMatch(/data-status="APPROVED"/);
    editor.commands.unsetClaim("c9");
    expect(html(editor)).not.toContain("c9");
  });

  it("does not extend a claim when a neighbouring claim touches it (inclusive: false, excludes: '')", () => {
    const editor = editorFor("abcdef");
    editor.commands.setClaim({ claimId: "x", status: "DRAFT", from: 1, to: 4 });
    editor.commands.setClaim({ claimId: "y", status: "DRAFT", from: 3, to: 7 });
    expect(findClaimRanges(editor.state.doc, "x").map((r) => [r.from, r.to])).toEqual([[1, 3], [3, 4]]);
    expect(editor.schema.marks.claim!.spec.inclusive).toBe(false);
  });
});

describe("ReadOnlyText", () => {
  // an unmounted tiptap editor installs no plugins, so run its plugins on a plain state
  function stateFor(text: string) {
    // tiptap's core keymap asks navigator whether it runs on iOS
    if (typeof navigator === "undefined") vi.stubGlobal("navigator", { platform: "Linux", userAgent: "node", maxTouchPoints: 0 });
    const editor = editorFor(text);
    return { editor, state: EditorState.create({ doc: editor.state.doc, plugins: editor.extensionManager.plugins }) };
  }

  it("filters out every document change except claim marks", () => {
    const { editor, state } = stateFor("Keep me intact");
    const typed = state.apply(state.tr.insertText("HACK ", 1));
    expect(typed.doc.textContent).toBe("Keep me intact");
    const deleted = state.apply(state.tr.delete(1, 5));
    expect(deleted.doc.textContent).toBe("Keep me intact");
    const unflaggedMark = state.apply(state.tr.addMark(1, 5, editor.schema.marks.claim!.create({ claimId: "z" })));
    expect(findClaimRanges(unflaggedMark.doc, "z")).toHaveLength(0);
    // the caret and selection still move
    const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1, 5)));
    expect([selected.selection.from, selected.selection.to]).toEqual([1, 5]);
    const flagged = state.tr.addMark(1, 5, editor.schema.marks.claim!.create({ claimId: "k" })).setMeta(CLAIM_MARKS_META, true);
    expect(findClaimRanges(state.apply(flagged).doc, "k")).toHaveLength(1);
  });
});
