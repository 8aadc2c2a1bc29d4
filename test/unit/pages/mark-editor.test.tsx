/** @jest-environment jsdom */
import type { AttendanceLine } from '@/contracts/attendance';
import { timeOnDay } from '@/services/attendance';
import { answerOk, fakeGateway, formDriver, freshApp } from '../../helpers/taro-jsdom/app';

const gateway = fakeGateway();
const SLOT_START = Date.UTC(2026, 11, 1, 1, 0); // 09:00 in China
const SLOT_END = Date.UTC(2026, 11, 1, 3, 0); // 11:00
const line: AttendanceLine = {
  signUpId: 's-1',
  userId: 'u-1',
  name: '王小红',
  phone: '138****0000',
  state: 'checked_in',
  checkInAt: Date.UTC(2026, 11, 1, 1, 5), // 09:05
  checkInMethod: 'code',
  manual: false,
  hours: 0,
  actions: ['mark'],
};
const id = (what: string) => `attendance-roster-item-s-1-${what}`;

function openEditor() {
  const app = freshApp({ devLogin: false, token: 'token-leader' });
  const MarkEditor = (require('@/packages/attendance/roster/mark-editor') as typeof import('@/packages/attendance/roster/mark-editor'))
    .default;
  const onSaved = jest.fn();
  const { container } = app.render(
    <MarkEditor line={line} slotStart={SLOT_START} slotEnd={SLOT_END} onSaved={onSaved} onCancel={() => {}} />,
  );
  return { app, container, onSaved, ...formDriver(app, container) };
}

describe('考勤 hand entry (roster mark editor)', () => {
  it('each time field starts from the record (or shows the slot’s own start / end), and only a changed time is sent', async () => {
    const { app, container, onSaved, fill, tap } = openEditor();
    expect((container.querySelector(`#${id('in')}`) as HTMLInputElement).value).toBe('09:05');
    expect((container.querySelector(`#${id('out')}`) as HTMLInputElement).value).toBe('');
    expect(container.querySelector(`#${id('out')}`)?.getAttribute('placeholder')).toBe('11:00');
    fill({ [id('out')]: '10:50' });
    gateway.answers.push(answerOk({ ...line, state: 'marked', mark: '正常' }));
    tap(id('btn-save'));
    await app.waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(gateway.requests[0].body).toEqual({
      action: 'mark',
      data: { signUpId: 's-1', mark: '正常', checkOutAt: timeOnDay(SLOT_START, '10:50') },
    });
  });

  it('a time not written as 时:分 is refused on the phone, next to the button, and nothing is sent', async () => {
    const { container, onSaved, fill, tap, shown } = openEditor();
    fill({ [id('in')]: '9点' });
    tap(id('btn-save'));
    await shown(id('error'), '时间请写成 时:分，例如 09:05');
    expect(gateway.requests).toHaveLength(0);
    expect(onSaved).not.toHaveBeenCalled();
    expect(container.querySelector(`#${id('error')}`)?.previousElementSibling?.id).toBe(id('btn-save'));
  });

  it('请假 or 缺席 hides the times (they would not count)', () => {
    const { container, tap } = openEditor();
    tap(id('mark-2'));
    expect(container.querySelector(`#${id('in')}`)).toBeNull();
    expect(container.textContent).toContain('不计服务时长');
  });
});
