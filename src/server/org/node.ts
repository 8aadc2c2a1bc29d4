import { OrgInput } from '../../contracts/org.schema';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { db } from '../cloud';
import { COLLECTIONS } from '../../contracts/collections';
import { rows } from '../shared/docs';
import { findNode, type OrgNodeDoc } from './repo';
import { toNodeView } from './view';

/** A node with the names of its ancestors (for breadcrumbs). Two reads: the node, then its ancestors by id. */
export const node = defineAction({
  input: OrgInput.node,
  async handle({ id }) {
    const found = await findNode(id);
    if (!found) throw new AppError('NODE_NOT_FOUND');
    const ancestorIds = found.path.filter((p) => p !== found._id);
    let ancestors: OrgNodeDoc[] = [];
    if (ancestorIds.length) {
      const _ = db().command;
      const found = await rows<OrgNodeDoc>(
        db()
          .collection(COLLECTIONS.orgNodes)
          .where({ _id: _.in(ancestorIds) })
          .limit(20),
      );
      ancestors = ancestorIds.map((a) => found.find((d) => d._id === a)).filter((d): d is OrgNodeDoc => !!d);
    }
    return { ...toNodeView(found), ancestors: ancestors.map((a) => ({ id: a._id, name: a.name, kind: a.kind })) };
  },
});
