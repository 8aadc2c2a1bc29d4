import { STAR_LABELS, type StarLevel } from '../../contracts/stars';
import { ATTENDANCE_ROUTES } from '../../contracts/routes';
import type { NotifyMessage } from '../inbox/notify';
import { noticeOf, type Wording } from '../shared/wording';

/** What attendance tells a volunteer. Kinds are contracts/messages MESSAGE_KINDS. */
export type AttendanceNotice = 'hoursConfirmed' | 'starReached' | 'volunteerStar';

type Facts = { eventTitle?: string; hours?: number; points?: number; star?: StarLevel; month?: string; scopeName?: string };
/** Each attendance notice opens its own page. */
type AttendanceWording = Wording<[Facts]> & { link: string };

const q = (f: Facts) => `「${f.eventTitle ?? ''}」`;

/** The attendance domain's one wording table: inbox kind, title, body and the subscribe message's status word. */
const WORDING: Record<AttendanceNotice, AttendanceWording> = {
  hoursConfirmed: {
    kind: 'attendance.hoursConfirmed',
    title: '服务时长已确认',
    status: '已确认',
    link: ATTENDANCE_ROUTES.records,
    body: (f) =>
      `您参加${q(f)}的服务时长已确认：${f.hours ?? 0}小时${f.points ? `，获得${f.points}爱心积分` : ''}。可在「我的服务记录」查看。`,
  },
  starReached: {
    kind: 'attendance.starReached',
    title: '恭喜您升星了',
    status: '已升星',
    link: ATTENDANCE_ROUTES.records,
    body: (f) => `您的累计服务时长已达${f.hours ?? 0}小时，成为${STAR_LABELS[f.star ?? 0]}。感谢您的奉献！`,
  },
  volunteerStar: {
    kind: 'attendance.volunteerStar',
    title: '您当选志愿之星',
    status: '已当选',
    link: ATTENDANCE_ROUTES.stars,
    body: (f) => `您当选${f.scopeName ?? ''}${f.month ?? ''}月度志愿之星${f.points ? `，获得${f.points}爱心积分奖励` : ''}。感谢您的奉献！`,
  },
};

/**
 * The notice `notice` for `userId`, for ctx.notify (sent after the action succeeded). `source` names what it
 * is about, so a repeat sends at most one subscribe message an hour.
 */
export function attendanceNotice(userId: string, notice: AttendanceNotice, facts: Facts, source: string): NotifyMessage {
  const t = WORDING[notice];
  return noticeOf(t, [facts], {
    userId,
    link: t.link,
    source,
    data: {
      title: facts.eventTitle ?? t.title,
      ...(facts.hours !== undefined ? { note: `${facts.hours}小时` } : {}),
      ...(facts.points ? { amount: String(facts.points) } : {}),
    },
  });
}
