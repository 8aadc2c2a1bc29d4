/** @jest-environment jsdom */
import type { UserView } from '@/contracts/user';
import { fakeGateway, freshApp } from '../../helpers/taro-jsdom/app';

const volunteer: UserView = {
  id: 'u-wang',
  nickname: '王小红',
  homeStationId: 'n-shiqiao',
  homeStationName: '石桥村新时代文明实践站',
  roles: [{ role: 'volunteer', nodeId: 'n-dongmen', nodeName: '东门社区新时代文明实践站' }],
  staff: false,
  volunteer: {
    realName: '王小红',
    phone: '13800001111',
    stationId: 'n-shiqiao',
    skills: [],
    status: 'approved',
    registeredAt: 0,
    hours: 0,
    star: 0,
  },
  createdAt: 0,
  self: true,
};
const gateway = fakeGateway();

describe('volunteer registration at a station that reviews registrations', () => {
  it('says before saving that the volunteer will wait for review and lose the role meanwhile', async () => {
    const { render, waitFor } = freshApp({ devLogin: false });
    const VolunteerForm = (
      require('@/packages/me/register-volunteer/volunteer-form') as typeof import('@/packages/me/register-volunteer/volunteer-form')
    ).default;
    gateway.answers.push({
      status: 200,
      body: {
        ok: true,
        data: {
          stationId: 'n-shiqiao',
          stationName: '石桥村新时代文明实践站',
          requiresReview: true,
          statusAfter: 'pending',
          losesApproval: true,
        },
      },
    });
    const { container } = render(<VolunteerForm user={volunteer} />);
    await waitFor(() =>
      expect(container.querySelector('#register-preview')?.textContent).toContain('石桥村新时代文明实践站要人工审核志愿者'),
    );
    expect(container.querySelector('#register-preview')!.textContent).toContain('暂时不能认领心愿');
    expect(gateway.requests).toEqual([
      expect.objectContaining({ body: { action: 'previewRegistration', data: { stationId: 'n-shiqiao' } } }),
    ]);
  });
});
