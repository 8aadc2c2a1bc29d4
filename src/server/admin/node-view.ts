import type { AdminNodeView } from '../../contracts/admin';
import type { OrgNodeDoc } from '../org/repo';
import { toNodeView } from '../org/view';

export function toAdminNodeView(n: OrgNodeDoc): AdminNodeView {
  const s = n.settings ?? {};
  return {
    ...toNodeView(n),
    settings: {
      ...(s.wishPoints !== undefined ? { wishPoints: s.wishPoints } : {}),
      ...(s.volunteerReview !== undefined ? { volunteerReview: s.volunteerReview } : {}),
    },
  };
}
