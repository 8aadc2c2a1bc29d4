import { nextStep } from '@/packages/wish/detail/next-step';
import { wishView } from '../../helpers/fixtures-views';

const open = wishView();

describe('the next-step box of an open wish', () => {
  it('at the claim cap says the volunteer must finish one first, not 您可以认领', () => {
    const step = nextStep({ ...open, actions: [], claimLimitReached: 3 });
    expect(step.text).not.toContain('您可以认领');
    expect(step.text).toContain('完成或放弃其中一个后');
  });

  it('below the cap still invites the claim', () => {
    expect(nextStep({ ...open, actions: ['claim'] }).text).toContain('您可以认领');
  });
});
