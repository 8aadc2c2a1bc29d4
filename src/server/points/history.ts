import { type PointsPage } from '../../contracts/points';
import { PointsInput } from '../../contracts/points.schema';
import { defineAction } from '../router';
import { entriesOf } from './repo';
import { toEntryView } from './view';

/** The caller's own entries, newest first, a page at a time (one read). */
export const history = defineAction({
  input: PointsInput.history,
  async handle({ cursor, limit }, ctx): Promise<PointsPage> {
    const page = await entriesOf(ctx.userId, { cursor, limit });
    return { items: page.items.map((e) => toEntryView(e)), next: page.next };
  },
});
