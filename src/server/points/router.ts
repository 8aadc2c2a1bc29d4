import type { PointsAction } from '../../contracts/points';
import { createRouter, type Action } from '../router';
import { adjust } from './adjust';
import { awardCivility } from './award-civility';
import { balance } from './balance';
import { history } from './history';
import { userHistory } from './user-history';

export const pointsMain = createRouter('points', {
  balance,
  history,
  adjust,
  awardCivility,
  userHistory,
} satisfies Record<PointsAction, Action<any, any>>);
