/** "是不是想写 …？": the known name nearest to what the editor typed. */

/** The candidate nearest to a typo (edit distance ≤ 2, or a case-only difference), if any. */
export function closest(typo: string, candidates: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const next = Math.min(
          row[j]! + 1,
          row[j - 1]! + 1,
          prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1),
        );
        prev = row[j]!;
        row[j] = next;
      }
    }
    return row[b.length]!;
  };
  const ranked = candidates.map((c) => [c, distance(typo, c)] as const).sort((a, b) => a[1] - b[1]);
  const [best] = ranked;
  return best && best[1] <= 2 ? best[0] : undefined;
}
