import type { Prisma } from "@/lib/generated/prisma/client";
import type { SourceDto } from "@/lib/source/source.types";

export type SourceWithCreator = Prisma.SourceGetPayload<{ include: { createdBy: { select: { id: true; name: true } } } }>;

/** Maps a source row to the API shape (`accessedAt` as "YYYY-MM-DD"). */
export function toSourceDto(s: SourceWithCreator): SourceDto {
  return {
    id: s.id,
    claimId: s.claimId,
    position: s.position,
    url: s.url,
    title: s.title,
    publisher: s.publisher,
    quote: s.quote,
    accessedAt: s.accessedAt.toISOString().slice(0, 10),
    kind: s.kind,
    archiveUrl: s.archiveUrl,
    version: s.version,
    createdBy: s.createdBy,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}
