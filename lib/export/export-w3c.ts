import type { AnnotatedArticle, ExportContext } from "./annotated-article.types";
import { getExportIri } from "./export-urls";
import { toW3cAnnotation, type W3cAnnotation } from "./w3c-annotation";

/** Media type of the `w3c` format, as the Web Annotation Protocol names it. */
export const W3C_CONTENT_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

export type W3cAnnotationCollection = {
  "@context": "http://www.w3.org/ns/anno.jsonld";
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: {
    id: string;
    type: "AnnotationPage";
    partOf: string;
    startIndex: 0;
    items: W3cAnnotation[];
  };
  last: string;
};

/**
 * Convert an annotated article to a W3C Web Annotation AnnotationCollection with its one
 * AnnotationPage embedded as `first` (every claim of the input, in order). Ids are http
 * IRIs under ctx.appBaseUrl: the collection and page are this export's own URL.
 */
export function toW3cCollection(a: AnnotatedArticle, ctx: ExportContext): W3cAnnotationCollection {
  const id = getExportIri(ctx, a.article.id, "w3c");
  const pageId = `${id}&page=0`;
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id,
    type: "AnnotationCollection",
    label: `Fact-checked claims: ${a.article.title} (revision ${a.article.revision.number})`,
    total: a.claims.length,
    first: {
      id: pageId,
      type: "AnnotationPage",
      partOf: id,
      startIndex: 0,
      items: a.claims.map((claim) => toW3cAnnotation(a, ctx, claim)),
    },
    last: pageId,
  };
}
