import { Mark, mergeAttributes } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import type { Mark as PmMark, Node as PmNode } from "@tiptap/pm/model";
import { claimIdsFromElement, isClaimId, STATUS_LABELS, toStatus } from "@/components/editor/claim-mark-attributes";

/** Transactions carrying this meta may change the read-only article (claim marks only). */
export const CLAIM_MARKS_META = "factmarkClaimMarks";

export { claimIdsFromElement, claimMarkAttributes, isClaimId, STATUS_LABELS, toStatus } from "@/components/editor/claim-mark-attributes";

export interface ClaimMarkOptions {
  /** Extra HTML attributes on every claim element. */
  HTMLAttributes: Record<string, unknown>;
  /**
   * Called when a highlight is clicked, with the ids of every claim under the pointer,
   * innermost (shortest) first, so nested claims can be told apart.
   */
  onClaimClick: ((claimIds: string[]) => void) | null;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    claim: {
      /** Marks `from`–`to` (ProseMirror positions) as the claim `claimId`. */
      setClaim: (attrs: { claimId: string; status: string; from: number; to: number }) => ReturnType;
      /** Removes every span of the claim `claimId`. */
      unsetClaim: (claimId: string) => ReturnType;
      /** Changes the status shown on every span of the claim `claimId`. */
      setClaimStatus: (claimId: string, status: string) => ReturnType;
    };
  }
}

/** Every range of the claim `claimId` in `doc`, with the mark found there. */
export function findClaimRanges(doc: PmNode, claimId: string): { from: number; to: number; mark: PmMark }[] {
  const out: { from: number; to: number; mark: PmMark }[] = [];
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    const mark = node.marks.find((m) => m.type.name === "claim" && m.attrs.claimId === claimId);
    if (mark) out.push({ from: pos, to: pos + node.nodeSize, mark });
    return false;
  });
  return out;
}

/**
 * A claim highlight. Claims may overlap and nest (`excludes: ''`), and typing at an edge
 * never extends one (`inclusive: false`). The status drives colour and underline pattern.
 */
export const ClaimMark = Mark.create<ClaimMarkOptions>({
  name: "claim",
  inclusive: false,
  excludes: "",
  spanning: true,

  addOptions() {
    return { HTMLAttributes: {}, onClaimClick: null };
  },

  addAttributes() {
    return {
      claimId: {
        default: null,
        parseHTML: (el) => (isClaimId(el.getAttribute("data-claim-id")) ? el.getAttribute("data-claim-id") : null),
        renderHTML: (attrs) => (isClaimId(attrs.claimId) ? { "data-claim-id": attrs.claimId } : {}),
      },
      status: {
        default: "DRAFT",
        parseHTML: (el) => toStatus(el.getAttribute("data-status")),
        renderHTML: (attrs) => ({
          "data-status": toStatus(attrs.status),
          title: `Claim (${STATUS_LABELS[toStatus(attrs.status)]})`,
        }),
      },
    };
  },

  parseHTML() {
    return [{ tag: "mark[data-claim-id]", getAttrs: (el) => (isClaimId(el.getAttribute("data-claim-id")) ? null : false) }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["mark", mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { class: "claim-mark" }), 0];
  },

  addCommands() {
    return {
      setClaim: ({ claimId, status, from, to }) => ({ tr, dispatch }) => {
        if (!isClaimId(claimId) || !(to > from) || from < 0 || to > tr.doc.content.size) return false;
        if (dispatch) {
          tr.addMark(from, to, this.type.create({ claimId, status: toStatus(status) }));
          tr.setMeta(CLAIM_MARKS_META, true).setMeta("addToHistory", false);
        }
        return true;
      },
      unsetClaim: (claimId) => ({ tr, dispatch }) => {
        const ranges = findClaimRanges(tr.doc, claimId);
        if (!ranges.length) return false;
        if (dispatch) {
          for (const r of ranges) tr.removeMark(r.from, r.to, r.mark);
          tr.setMeta(CLAIM_MARKS_META, true).setMeta("addToHistory", false);
        }
        return true;
      },
      setClaimStatus: (claimId, status) => ({ tr, dispatch }) => {
        const ranges = findClaimRanges(tr.doc, claimId);
        if (!ranges.length) return false;
        if (dispatch) {
          for (const r of ranges) {
            tr.removeMark(r.from, r.to, r.mark);
            tr.addMark(r.from, r.to, this.type.create({ claimId, status: toStatus(status) }));
          }
          tr.setMeta(CLAIM_MARKS_META, true).setMeta("addToHistory", false);
        }
        return true;
      },
    };
  },

  addProseMirrorPlugins() {
    const onClaimClick = () => this.options.onClaimClick;
    return [
      new Plugin({
        key: new PluginKey("claimClick"),
        props: {
          // a quick second click is a double click to ProseMirror: it must cycle nested claims too
          handleClick: (view, pos, event) => notifyClaimClick(onClaimClick(), view.dom, view.state.doc, pos, event),
          handleDoubleClick: (view, pos, event) => notifyClaimClick(onClaimClick(), view.dom, view.state.doc, pos, event),
        },
      }),
    ];
  },
});

/** Claim ids at `pos`, innermost (shortest span) first. */
export function claimIdsAt(doc: PmNode, pos: number): string[] {
  const $pos = doc.resolve(pos);
  const marks = [...($pos.nodeAfter?.marks ?? []), ...($pos.nodeBefore?.marks ?? [])];
  const ids = [...new Set(marks.filter((m) => m.type.name === "claim").map((m) => String(m.attrs.claimId)))];
  // the mark order in a set is outer-first (see buildArticleDoc), so the last one is innermost
  return ids.reverse();
}

function notifyClaimClick(handler: ClaimMarkOptions["onClaimClick"], root: Element, doc: PmNode, pos: number, event: MouseEvent): boolean {
  if (!handler) return false;
  const fromDom = claimIdsFromElement(event.target, root);
  const ids = fromDom.length ? fromDom : claimIdsAt(doc, pos);
  if (ids.length) handler(ids);
  return false; // keep the caret where the user clicked
}
