import { createUser } from "../e2e/fixtures";
import type { ClaimFixtures } from "./claim-fixtures";
import type { SharedFixtures } from "./route-rules";

/** An article with an approved, sourced claim (readable by everyone, exporters included) and a spare user. */
export async function createSharedFixtures(fx: ClaimFixtures): Promise<SharedFixtures> {
  const approved = await fx.approvedClaim();
  const dto = (await (await fx.owner.get(`/api/v1/claims/${approved.id}`)).json()) as { sources: { id: string }[] };
  const spare = await createUser("FACT_CHECKER");
  return { approved, sourceId: dto.sources[0]!.id, spareUserId: spare.id };
}
