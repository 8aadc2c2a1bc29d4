/** @jest-environment jsdom */
import { staffView } from '../../helpers/fixtures-views';
import { answerOk as ok, answerSignedIn, fakeGateway, freshApp } from '../../helpers/taro-jsdom/app';

// A grid worker: staff of 城关镇 with the proxy right, living at 东门.
const grid = staffView({
  id: 'u-liu',
  homeStationId: 'n-dongmen',
  homeStationName: '东门社区新时代文明实践站',
  roles: [{ role: 'staff', nodeId: 'n-chengguan', proxy: true }],
});
const node = (id: string, name: string) => ({
  id,
  kind: 'station',
  name,
  path: ['n-center', 'n-chengguan', id],
  address: '',
  location: { lat: 0, lng: 0 },
});
const gateway = fakeGateway();

/** 代居民许愿 opened by the grid worker, the gateway answering her sign-in and her area's two stations. */
function openProxyPage() {
  const app = freshApp({ devLogin: false });
  const Page = (require('@/packages/staff/proxy/index') as typeof import('@/packages/staff/proxy/index')).default;
  gateway.answers.push(
    answerSignedIn(grid),
    ok({ items: [node('n-dongmen', '东门社区新时代文明实践站'), node('n-nantang', '南塘村新时代文明实践站')] }),
  );
  return { ...app, container: app.render(<Page />).container };
}

describe('代居民许愿: the station choice', () => {
  it("offers only the stations of the grid worker's area, without the volunteer picker's wording", async () => {
    const { container, waitFor, fireEvent } = openProxyPage();
    await waitFor(() => expect(container.querySelector('#proxy-form-station-n-nantang')).not.toBeNull());
    const chips = Array.from(container.querySelectorAll('[id^="proxy-form-station-n-"]')).map((e) => e.id);
    expect(chips).toEqual(['proxy-form-station-n-dongmen', 'proxy-form-station-n-nantang']);
    expect(container.querySelector('#proxy-form-station-name')?.textContent).toContain('东门社区新时代文明实践站');
    expect(container.textContent).not.toContain('参加志愿服务');
    fireEvent.click(container.querySelector('#proxy-form-station-n-nantang')!);
    expect(container.querySelector('#proxy-form-station-name')?.textContent).toContain('南塘村');
  });

  it('fills in the resident found by 个人码 (pasted in H5): name and station', async () => {
    const { container, waitFor, fireEvent } = openProxyPage();
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
