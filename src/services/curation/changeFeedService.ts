/** The change feed integrators poll, and the numbered releases stewards publish. */
import { parseInput } from "../../domain/input.js";
import { BadInputError, NotFoundError } from "../../errors.js";
import type { ChangeFeedRepository, StoredChange } from "../../graph/repositories/changeFeedRepository.js";
import type { ReleaseRepository, StoredRelease } from "../../graph/repositories/releaseRepository.js";
import { checkPageSize } from "../paging.js";
import type { CuratedWork } from "./curatedWork.js";
import { releaseNotes } from "./curationSchema.js";

export type ChangePage = Readonly<{ entries: StoredChange[]; lastSequence: number; hasMore: boolean }>;

export const MAX_CHANGES_PAGE = 1000;
export const MAX_RELEASES_PAGE = 100;

/** The change feed integrators poll, and the numbered releases stewards publish. */
export class ChangeFeedService {
  constructor(
    private readonly feed: ChangeFeedRepository,
    private readonly releases: ReleaseRepository,
    private readonly work: CuratedWork,
    private readonly actorId: string,
  ) {}

  /**
   * Entries after `since`, oldest first. `lastSequence` is what to pass as `since` next time (the
   * last entry's sequence, or `since` itself when nothing is new); `hasMore`: ask again at once.
   */
  async changes(since: number, first: number): Promise<ChangePage> {
    if (!Number.isSafeInteger(since) || since < 0) throw new BadInputError("since must be a whole number from 0", { field: "since" });
    checkPageSize(first, MAX_CHANGES_PAGE);
    const rows = await this.feed.since(since, first + 1);
    const entries = rows.slice(0, first);
    return { entries, lastSequence: entries.at(-1)?.sequence ?? since, hasMore: rows.length > first };
  }

  /**
   * Freezes the taxonomy as it is now as release N (the previous number + 1): the change-feed
   * sequence it contains and how many nodes of each kind it has.
   */
  publish(notes: string, idempotencyKey?: string | null): Promise<StoredRelease> {
    const checkedNotes = parseInput(releaseNotes, notes, "notes");
    return this.work.run("publishRelease", { key: idempotencyKey, request: { notes: checkedNotes } }, async (tx, lastSequence) => {
      const release = await this.releases.publish(tx, { notes: checkedNotes, publishedBy: this.actorId, changeSequence: lastSequence });
      return { result: release, changes: [], targetIds: [`release:${release.number}`], before: null, after: release };
    });
  }

  /** Newest first. */
  async list(first: number): Promise<StoredRelease[]> {
    checkPageSize(first, MAX_RELEASES_PAGE);
    return this.releases.list(first);
  }

  async release(number: number): Promise<StoredRelease> {
    const release = await this.releases.byNumber(number);
    if (!release) throw new NotFoundError("Release", String(number));
    return release;
  }
}
