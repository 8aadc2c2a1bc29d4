import type { WishView } from '@/contracts/wish';
import { nextStep } from '@/packages/wish/detail/next-step';

const open: WishView = {
  id: 'w-1',
  status: 'open',
  title: '想要一台收音机',
  story: '家里的收音机坏了。',
  category: '生活用品',
  valueFen: 8000,
  photos: [],
  stationId: 'n-dongmen',
  stationName: '东门社区站',
  proxy: false,
  beneficiary: { name: '张**' },
  viewer: 'public',
  points: 10,
  createdAt: 0,
};

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
