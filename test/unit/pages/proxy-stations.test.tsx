/** @jest-environment jsdom */
import type { UserView } from '@/contracts/user';
import { fakeGateway, freshApp } from '../../helpers/taro-jsdom/app';

const grid: UserView = {
  id: 'u-liu',
  nickname: '刘芳',
  homeStationId: 'n-dongmen',
  homeStationName: '东门社区新时代文明实践站',
  roles: [{ role: 'staff', nodeId: 'n-chengguan', proxy: true }],
  staff: true,
  createdAt: 0,
  self: true,
};
const node = (id: string, name: string) => ({
  id,
  kind: 'station',
  name,
  path: ['n-center', 'n-chengguan', id],
  address: '',
  location: { lat: 0, lng: 0 },
});
const ok = (data: unknown) => ({ status: 200, body: { ok: true, data } });
const gateway = fakeGateway();

describe('代居民许愿: the station choice', () => {
  it("offers only the stations of the grid worker's area, without the volunteer picker's wording", async () => {
    const { render, waitFor, fireEvent } = freshApp({ devLogin: false });
    const Page = (require('@/packages/staff/proxy/index') as typeof import('@/packages/staff/proxy/index')).default;
    gateway.answers.push(
      ok({ user: grid, isNew: false }),
      ok({ items: [node('n-dongmen', '东门社区新时代文明实践站'), node('n-nantang', '南塘村新时代文明实践站')] }),
    );
    const { container } = render(<Page />);
    await waitFor(() => expect(container.querySelector('#proxy-form-station-n-nantang')).not.toBeNull());
    const chips = Array.from(container.querySelectorAll('[id^="proxy-form-station-n-"]')).map((e) => e.id);
    expect(chips).toEqual(['proxy-form-station-n-dongmen', 'proxy-form-station-n-nantang']);
    expect(container.querySelector('#proxy-form-station-name')?.textContent).toContain('东门社区新时代文明实践站');
    expect(container.textContent).not.toContain('参加志愿服务');
    fireEvent.click(container.querySelector('#proxy-form-station-n-nantang')!);
    expect(container.querySelector('#proxy-form-station-name')?.textContent).toContain('南塘村');
  });

  it('fills in the resident found by 个人码 (pasted in H5): name and station', async () => {
    const { render, waitFor, fireEvent } = freshApp({ devLogin: false });
    const Page = (require('@/packages/staff/proxy/index') as typeof import('@/packages/staff/proxy/index')).default;
    gateway.answers.push(
      ok({ user: grid, isNew: false }),
      ok({ items: [node('n-dongmen', '东门社区新时代文明实践站'), node('n-nantang', '南塘村新时代文明实践站')] }),
    );
    const { container } = render(<Page />);
    await waitFor(() => expect(container.querySelector('#proxy-person-input')).not.toBeNull());
    fireEvent.change(container.querySelector('#proxy-person-input')!, { target: { value: 'usercode.eyJ1IjoidS16aGFvIn0.abc' } });
    gateway.answers.push(ok({ id: 'u-zhao', nickname: '赵大爷', stationName: '南塘村新时代文明实践站', inScope: true }));
    fireEvent.click(container.querySelector('#proxy-person-btn-find')!);
    await waitFor(() => expect(container.querySelector('#proxy-resident')?.textContent).toContain('赵大爷'));
    // The form's 居民姓名 is filled in (the input Taro renders with the field's id).
    expect((container.querySelector('#proxy-form-name') as HTMLInputElement).value).toBe('赵大爷');
    expect(container.querySelector('#proxy-form-station-name')?.textContent).toContain('南塘村');
    expect(gateway.requests.at(-1)?.body).toEqual({ action: 'resolveCode', data: { code: 'usercode.eyJ1IjoidS16aGFvIn0.abc' } });
  });
});
