import { ROLE_LABELS, type Role } from '@/contracts/roles';
import type { RoleView } from '@/contracts/user';

/** 850 → "850 米", 1234 → "1.2 公里". */
export function formatDistance(m: number): string {
  if (!Number.isFinite(m) || m < 0) return '';
  if (m < 1000) return `${Math.round(m)} 米`;
  return `${(m / 1000).toFixed(m < 10_000 ? 1 : 0)} 公里`;
}

/** "志愿者 · 城关社区站" — a role as a plain chip reads it; grid workers get "（网格员）". */
export function roleText(r: Pick<RoleView, 'role' | 'nodeName' | 'proxy'>): string {
  const label = `${ROLE_LABELS[r.role as Role] ?? r.role}${r.proxy ? '（网格员）' : ''}`;
  return r.nodeName ? `${label} · ${r.nodeName}` : label;
}

/** 2025-11-22 from a millisecond timestamp. */
export function formatDate(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The home station's name for display; undefined when none is chosen. */
export function homeStationLabel(u: { homeStationId?: string; homeStationName?: string }): string | undefined {
  if (u.homeStationName) return u.homeStationName;
  return u.homeStationId ? '已选择的站点' : undefined;
}

/** A volunteer's star level as 我的 and the home page show it: "★★ 2星志愿者", or how it is earned (0 or none). */
export function starLevelText(star: number | undefined): string {
  return star ? `${'★'.repeat(star)} ${star}星志愿者` : '参加活动、队长确认时长后累计';
}
