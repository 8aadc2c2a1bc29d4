import type { HomeInput, HomeView } from './home';
import type { AtStation } from './org';
import type { Page, PageRequest } from './paging';
import type { Role } from './roles';

export type UserAction = keyof UserInputs;

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
  /** The caller's 个人码: a signed token to draw as a QR (refresh it every USER_CODE.refreshMs). */
  myCode: Record<string, never>;
  /** Staff: who a 个人码 (scanned or pasted) belongs to. */
  resolveCode: { code: string };
  /** Staff: people of their scope by full phone number, real name or nickname (exact), paged. */
  findPeople: { query: string } & PageRequest;
  /** Staff: volunteer registrations waiting for review in their scope, oldest first. */
  volunteerQueue: PageRequest;
  /** What saving a registration at this station would do, before saving (approved at once or reviewed). */
  previewRegistration: { stationId: string };
  /** 首页 in one call (./home.ts). */
  home: HomeInput;
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
  /** Confirmed service hours (0.5 steps) and the star level they reach (0 = none yet; center settings). */
  hours: number;
  star: 0 | 1 | 2 | 3 | 4 | 5;
};

export type UserView = {
  id: string;
  nickname: string;
  homeStationId?: string;
  homeStationName?: string;
  roles: RoleView[];
  /** Staff of some node or a center admin (the server's rule): pages show the staff entries by it. */
  staff: boolean;
  /** A center admin (the server's rule): pages show the role, tree and settings entries by it. */
  admin?: boolean;
  volunteer?: VolunteerView;
  createdAt: number;
  /** True when this answer is for the user themself. */
  self: boolean;
};

/** The 个人码's timing (our choice): a code shown on a phone is good for 10 minutes, redrawn every minute. */
export const USER_CODE = { maxAgeMs: 10 * 60_000, refreshMs: 60_000 } as const;

/** Text that is a 个人码 as myCode signs it (usercode.<payload>.<mac>), perhaps pasted with spaces or line breaks. */
export const isUserCodeText = (s: string): boolean => /^usercode\.[\w-]+\.[\w-]+$/.test(s.replace(/\s+/g, ''));

export type UserCodeView = { code: string; issuedAt: number; expiresAt: number };

/**
 * A person as staff find them (by 个人码 or search): the real name once registered, the phone masked, their
 * station, and whether they are in the caller's scope (search only answers people who are).
 */
export type PersonView = {
  id: string;
  nickname: string;
  realName?: string;
  /** Masked: 138****1234. */
  phone?: string;
  stationName?: string;
  inScope: boolean;
};

/** A registration waiting for review, as the staff of its station see it (full phone: they call them). */
export type PendingVolunteerView = AtStation & {
  id: string;
  nickname: string;
  realName: string;
  phone: string;
  skills: string[];
  registeredAt: number;
};

export type RegistrationPreview = AtStation & {
  /** The station reviews registrations: saving puts the caller in line (等待审核) until staff approve. */
  requiresReview: boolean;
  /** What the caller's volunteer status will be right after saving. */
  statusAfter: 'approved' | 'pending';
  /** An approved volunteer who moves to a reviewing station loses the role until approved there. */
  losesApproval: boolean;
};

/** Preset reasons for turning a registration down (staff may write their own). */
export const VOLUNTEER_REJECT_REASONS = [
  '姓名或电话填写有误，请核对后重新提交',
  '不是本站点的居民，请选择您所在的站点',
  '请先到站点现场核实身份',
] as const;

export type UserOutput = {
  login: { user: UserView; isNew: boolean };
  profile: UserView;
  setHomeStation: UserView;
  registerVolunteer: UserView;
  grantRole: UserView;
  revokeRole: UserView;
  reviewVolunteer: UserView;
  myCode: UserCodeView;
  resolveCode: PersonView;
  findPeople: Page<PersonView>;
  volunteerQueue: Page<PendingVolunteerView>;
  previewRegistration: RegistrationPreview;
  home: HomeView;
};
