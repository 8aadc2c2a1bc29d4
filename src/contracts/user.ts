import * as z from 'zod';
import { ROLES, type Role } from './roles';

export const USER_ACTIONS = ['login', 'profile', 'setHomeStation', 'registerVolunteer', 'grantRole', 'revokeRole', 'reviewVolunteer'] as const;
export type UserAction = (typeof USER_ACTIONS)[number];

export const VOLUNTEER_SKILLS = [
  '政策宣讲', '法律咨询', '医疗护理', '家电维修', '理发', '教育辅导',
  '文艺表演', '摄影摄像', '驾驶', '心理疏导', '农技指导', '卫生保洁',
] as const;

const id = z.string().trim().min(1, '缺少编号').max(64, '编号太长');
export const PhoneSchema = z.string().trim().regex(/^1[3-9]\d{9}$/, '请填写11位手机号码');
export const RealNameSchema = z
  .string()
  .trim()
  .min(2, '姓名至少2个字')
  .max(20, '姓名最多20个字')
  .regex(/^[\u4e00-\u9fa5A-Za-z·• ]+$/, '姓名只能包含汉字或字母');

export const UserInput = {
  login: z.object({}),
  profile: z.object({ userId: id.optional() }),
  setHomeStation: z.object({ stationId: id }),
  registerVolunteer: z.object({
    realName: RealNameSchema,
    phone: PhoneSchema,
    stationId: id,
    skills: z.array(z.string().trim().min(1).max(10, '每项技能最多10个字')).max(10, '技能最多选10项').default([]),
  }),
  grantRole: z.object({
    userId: id,
    role: z.enum(ROLES),
    nodeId: id,
    teamId: id.optional(),
    proxy: z.boolean().optional(),
  }),
  revokeRole: z.object({ userId: id, role: z.enum(ROLES), nodeId: id }),
  /** Staff of the volunteer's station approve or turn down a registration waiting for review. */
  reviewVolunteer: z.object({
    userId: id,
    approve: z.boolean(),
    note: z.string().trim().max(200, '说明最多200个字').optional(),
  }),
} satisfies Record<UserAction, z.ZodType>;

export type UserInputOf<A extends UserAction> = z.input<(typeof UserInput)[A]>;

export type RoleView = { role: Role; nodeId: string; nodeName?: string; teamId?: string; proxy?: boolean };

export type VolunteerView = {
  realName: string;
  /** Masked (138****1234) unless the reader is the owner or staff of the owner's station. */
  phone: string;
  stationId: string;
  skills: string[];
  status: 'approved' | 'pending' | 'rejected';
  registeredAt: number;
  /** Why staff turned the registration down, for the volunteer to read. */
  reviewNote?: string;
};

export type UserView = {
  id: string;
  nickname: string;
  homeStationId?: string;
  homeStationName?: string;
  roles: RoleView[];
  /** Staff of some node or a center admin (the server's rule): pages show the staff entries by it. */
  staff: boolean;
  volunteer?: VolunteerView;
  createdAt: number;
  /** True when this answer is for the user themself. */
  self: boolean;
};

export type UserOutput = {
  login: { user: UserView; isNew: boolean };
  profile: UserView;
  setHomeStation: UserView;
  registerVolunteer: UserView;
  grantRole: UserView;
  revokeRole: UserView;
  reviewVolunteer: UserView;
};
