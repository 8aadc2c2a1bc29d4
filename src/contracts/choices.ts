/**
 * A closed set of names and the Chinese label of each, written once as one table: answers the names in the
 * order written (a non-empty tuple, which z.enum takes) and the table itself (what pages show).
 */
export function choices<K extends string>(labels: Record<K, string>): readonly [readonly [K, ...K[]], Record<K, string>] {
  return [Object.keys(labels) as [K, ...K[]], labels];
}
