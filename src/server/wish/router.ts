import type { WishAction } from '../../contracts/wish';
import { createRouter, type Action } from '../router';
import { cancel } from './cancel';
import { claim } from './claim';
import { confirm } from './confirm';
import { detail } from './detail';
import { fulfil } from './fulfil';
import { mine } from './mine';
import { myClaims } from './my-claims';
import { pool } from './pool';
import { release } from './release';
import { review } from './review';
import { reviewQueue } from './review-queue';
import { allowance } from './allowance';
import { submit } from './submit';

export const wishMain = createRouter('wish', {
  submit,
  review,
  pool,
  detail,
  claim,
  release,
  fulfil,
  confirm,
  cancel,
  mine,
  myClaims,
  reviewQueue,
  allowance,
} satisfies Record<WishAction, Action<any, any>>);
