/**
 * Which outputs the last build of `grantdocs watch` left as they were: the commit (src/build/commit.ts)
 * hard-links an output whose bytes are unchanged into the new generation instead of writing it again,
 * and the watch report marks those «(uendret)».
 */
export class WrittenOutputs {
  /** Paths left alone by the last build because their bytes were already on disk. */
  unchanged = new Set<string>();

  record(unchanged: string[]): void {
    this.unchanged = new Set(unchanged);
  }
}
