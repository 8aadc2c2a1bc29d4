import { chinaMonth } from '../../src/core/attendance';
import { userIdOf } from '../../src/server/shared/ids';
import { GARBAGE_TALK } from '../helpers/fixtures-event';
import { chinaAt, floor, limited, row, type Ids, type Scenario } from './row';

/**
 * The attendance rows (docs/attendance.md): one slot of its own event, 9:00–11:00 four days from now, two seats
 * — demo-volunteer scans the leader's code and checks out by location, demo-resident (a volunteer since the
 * user rows) is checked in and out by their 个人码 — then the hours confirmed, the seal, the record sheet and
 * its verification, and a 志愿之星. Each call's clock is set where a person would make it (`at`): inside the
 * slot's window, after the slot. Clocks only go forward, so each caller's write budget sees time as it passes.
 */
const MIN = 60_000;
const start = () => chinaAt(4, 9);
/** The clock `minutes` after the slot's start (the slot lasts 120). */
const duty = (minutes: number) => () => start() + minutes * MIN;
/** The month the slot's hours count in, as the 志愿之星 pick it. */
const dutyMonth = () => chinaMonth(start());
const slotOf = (ids: Ids) => ({ slotId: `${ids.K}-1` });
/** The slot and a code an earlier row saved under `key` (the leader's live code, a 个人码), as checkIn* take them. */
const slotAndCode = (key: string) => (ids: Ids) => ({ ...slotOf(ids), code: ids[key] });
/**
 * Two rows: demo-resident shows a fresh 个人码 `minutes` after the slot's start (saved under `key`; `notes[0]`),
 * and a minute later the leader scans it for `fnAction` (`notes[1]`, costing `more.floor`).
 */
const byPersonCode = (
  minutes: number,
  key: string,
  notes: [show: string, scan: string],
  fnAction: 'event.checkInPerson' | 'event.checkOutPerson',
  more: Pick<Scenario, 'floor'>,
): Scenario[] => [
  row('user.myCode', 'demo-resident', notes[0], { save: key, at: duty(minutes) }),
  row(fnAction, 'demo-leader', notes[1], { data: slotAndCode(key), at: duty(minutes + 1), ...more }),
];
const dutyEvent = () => ({
  ...GARBAGE_TALK,
  signUpOpensAt: Date.now() - 3_600_000,
  signUpClosesAt: start(),
  slots: [{ start: start(), end: start() + 120 * MIN, capacity: 5 }],
});
const SEAL = {
  stationId: 'n-dongmen',
  fileId: 'cloud://local.bench/uploads/seal.png',
  head: '王建华',
  handler: '刘芳',
  phone: '13800001111',
};

export const ATTENDANCE_ROWS: Scenario[] = [
  row('event.publish', 'demo-leader', '队长发布活动（签到用，一个场次）', { data: () => dutyEvent(), save: 'K' }),
  row('event.signUp', 'demo-volunteer', '报名（稍后扫码签到）', { data: (ids) => ({ eventId: ids.K, ...slotOf(ids) }) }),
  row('event.signUp', 'demo-resident', '报名（稍后凭个人码签到）', { data: (ids) => ({ eventId: ids.K, ...slotOf(ids) }), save: 'KR' }),
  row('event.liveCode', 'demo-leader', '队长的现场签到码（开始时）', {
    data: slotOf,
    save: ['T', 'token'],
    at: duty(0),
    floor: floor(4, 0, '本人+活动+场次计数 读 + 签名密钥（每个实例首次读）'),
  }),
  row('event.checkIn', 'demo-volunteer', '扫队长的码签到', {
    data: slotAndCode('T'),
    at: duty(1),
    floor: limited(floor(2, 1, '活动（按场次）+ 本人报名 读，签到 1 插入')),
  }),
  row('event.myAttendance', 'demo-volunteer', '我的签到状态', { data: slotOf, at: duty(2), floor: floor(3, 0, '活动+本人报名+签到 读') }),
  ...byPersonCode(3, 'KC', ['志愿者出示个人码（签到）', '队长扫个人码帮志愿者签到'], 'event.checkInPerson', {
    floor: limited(floor(3, 2, '本人+活动+该志愿者报名 读，签到 1 插入 + 审计')),
  }),
  row('event.attendance', 'demo-leader', '本场考勤表', {
    data: slotOf,
    at: duty(5),
    floor: floor(7, 0, '本人+活动+报名一页+计数+这一页的签到 读，积分预估另读这一页的用户+中心设置（实例缓存 60 秒）'),
  }),
  row('event.checkOut', 'demo-volunteer', '按位置签退', {
    data: (ids) => ({ ...slotOf(ids), location: GARBAGE_TALK.location }),
    at: duty(120),
    floor: limited(floor(3, 1, '活动+本人报名+签到 读，1 条件写')),
  }),
  ...byPersonCode(121, 'KC2', ['再出示个人码（一次出示只算一次）', '队长扫个人码帮志愿者签退'], 'event.checkOutPerson', {
    floor: limited(floor(4, 2, '本人+活动+该志愿者报名+签到 读，1 条件写 + 审计')),
  }),
  row('event.mark', 'demo-leader', '登记考勤（迟到）', {
    data: (ids) => ({ signUpId: ids.KR, mark: '迟到' }),
    at: duty(123),
    floor: limited(floor(6, 2, '本人+报名+活动+签到 读，积分预估另读该志愿者+中心设置，1 写 + 审计')),
  }),
  // 6 reads before the seats; per seat one transaction (attendance, user, ledger ×2 read; record, ledger ×2, user
  // written); the audit; the inbox's templates read and one message a volunteer.
  row('event.confirm', 'demo-leader', '场次结束后确认全部时长（2 人：时长、积分、记录、通知）', {
    data: slotOf,
    at: duty(180),
    floor: limited({ reads: 6 + 2 * 4 + 1, writes: 2 * 4 + 1 + 2, why: '6 读 + 每人一个事务 4 读 4 写 + 审计 + 收件箱（每人 1 条）' }),
  }),
  row('event.myRecords', 'demo-volunteer', '我的服务记录', { floor: floor(3, 0, '本人 + 记录一页 + 中心设置（每个实例缓存）') }),
  row('event.setSeal', 'demo-staff', '所管理员上传站点公章', {
    data: SEAL,
    at: duty(181),
    floor: limited(floor(2, 2, '本人+站点 读，公章 1 写 + 审计')),
  }),
  row('event.seal', 'demo-staff', '查看站点公章', {
    data: { stationId: SEAL.stationId },
    at: duty(182),
    floor: floor(3, 0, '本人+站点+公章 读'),
  }),
  row('event.recordSheet', 'demo-volunteer', '志愿服务证明（有公章的站点）', {
    data: { stationId: SEAL.stationId },
    save: ['VN', 'number'],
    floor: floor(3, 0, '本人+记录+公章 读'),
  }),
  row('event.verify', 'demo-leader', '核验志愿者编号', { data: (ids) => ({ number: ids.VN }), floor: floor(1, 0, '1 读') }),
  row('event.starRanking', 'demo-staff', '本月志愿时长排行（评选志愿之星）', {
    data: () => ({ month: dutyMonth() }),
    at: duty(183),
    floor: floor(4, 0, '本人+节点 读 + 时长排行 1 聚合 + 本月之星 1 读'),
  }),
  // The inbox's share here is the templates read (a settings document) and the message.
  row('event.pickStars', 'demo-staff', '评选志愿之星（奖励积分 + 通知）', {
    data: () => ({ month: dutyMonth(), userIds: [userIdOf('demo-volunteer')] }),
    at: duty(184),
    floor: limited({
      reads: 8,
      writes: 5,
      why: '本人+节点 读、时长 1 聚合、本月之星+中心设置 读；之星 1 插入；账本事务（用户、积分记录 各读写 1）；审计；收件箱（模板 1 读、1 条）',
    }),
  }),
  row('event.stars', 'demo-volunteer', '志愿之星', {
    data: () => ({ month: dutyMonth() }),
    at: duty(185),
    floor: floor(1, 0, '列表 1 读'),
  }),
];
