import type { Role } from './roles';

export const USER_ACTIONS = [
  'login',
  'profile',
  'setHomeStation',
  'registerVolunteer',
  'grantRole',
  'revokeRole',
  'reviewVolunteer',
] as const;
export type UserAction = (typeof USER_ACTIONS)[number];

export const VOLUNTEER_SKILLS = [
  '政策宣讲',
  '法律咨询',
  '医疗护理',
  '家电维修',
  '理发',
  '教育辅导',
  '文艺表演',
  '摄影摄像',
  '驾驶',
  '心理疏导',
  '农技指导',
  '卫生保洁',
] as const;

/** What each action takes, as pages send it (./user.schema.ts parses exactly this). */
export type UserInputs = {
  login: Record<string, never>;
  profile: { userId?: string };
  setHomeStation: { stationId: string };
  registerVolunteer: { realName: string; phone: string; stationId: string; skills?: string[] };
  grantRole: { userId: string; role: Role; nodeId: string; teamId?: string; proxy?: boolean };
  revokeRole: { userId: string; role: Role; nodeId: string };
  reviewVolunteer: { userId: string; approve: boolean; note?: string };
};
export type UserInputOf<A extends UserAction> = UserInputs[A];

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
