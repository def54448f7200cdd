import type { Prisma } from "@/lib/generated/prisma/client";
import type { RevisionSummaryDto } from "@/lib/revision/revision.types";
import { codePointLength } from "@/lib/text/code-points";

export const revisionSummaryInclude = { createdBy: { select: { id: true, name: true } } } satisfies Prisma.ArticleRevisionInclude;
type RevisionRow = Prisma.ArticleRevisionGetPayload<{ include: typeof revisionSummaryInclude }>;

/** Maps a revision row to the list shape; `length` is in code points, like every offset. */
export function toRevisionSummaryDto(r: RevisionRow, currentRevisionNo: number): RevisionSummaryDto {
  return {
    id: r.id,
    number: r.number,
    sha256: r.sha256,
    note: r.note,
    length: codePointLength(r.text),
    isCurrent: r.number === currentRevisionNo,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
  };
}
