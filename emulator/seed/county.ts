import type { OrgNodeDoc } from '../../src/server/org/repo';
import type { TeamDoc } from '../../src/server/org/teams';

/** A fictional county, 云溪县, laid out like a real one: center → 所 → 站. GCJ-02 coordinates. */
const node = (
  _id: string,
  kind: OrgNodeDoc['kind'],
  name: string,
  parent: OrgNodeDoc | null,
  address: string,
  lat: number,
  lng: number,
  contact: { name: string; phone: string },
  extra: Partial<OrgNodeDoc> = {},
): OrgNodeDoc => ({
  _id,
  kind,
  name,
  parentId: parent?._id ?? null,
  path: [...(parent?.path ?? []), _id],
  address,
  location: { lat, lng },
  contact,
  childCount: 0,
  createdAt: Date.UTC(2026, 0, 1),
  ...extra,
});

export const center = node('n-center', 'center', '云溪县新时代文明实践中心', null, '云溪县人民路1号', 26.7261, 110.6319, {
  name: '县中心办公室',
  phone: '07395551000',
});
export const chengguan = node('n-chengguan', 'institute', '城关镇新时代文明实践所', center, '云溪县城关镇解放路18号', 26.7302, 110.6285, {
  name: '城关所值班室',
  phone: '07395551100',
});
export const longxi = node('n-longxi', 'institute', '龙溪镇新时代文明实践所', center, '云溪县龙溪镇龙溪街6号', 26.6612, 110.7034, {
  name: '龙溪所值班室',
  phone: '07395551200',
});
export const dongmen = node('n-dongmen', 'station', '东门社区新时代文明实践站', chengguan, '城关镇东门社区东门路22号', 26.7325, 110.6402, {
  name: '刘站长',
  phone: '13907391101',
});
export const nantang = node('n-nantang', 'station', '南塘村新时代文明实践站', chengguan, '城关镇南塘村村部', 26.7108, 110.6188, {
  name: '陈站长',
  phone: '13907391102',
});
export const longxiVillage = node('n-longxicun', 'station', '龙溪村新时代文明实践站', longxi, '龙溪镇龙溪村村委会', 26.6587, 110.7091, {
  name: '周站长',
  phone: '13907391201',
});
export const shiqiao = node(
  'n-shiqiao',
  'station',
  '石桥村新时代文明实践站',
  longxi,
  '龙溪镇石桥村文化广场旁',
  26.6403,
  110.7255,
  { name: '蒋站长', phone: '13907391202' },
  { settings: { volunteerReview: true } },
);

export const NODES: OrgNodeDoc[] = [center, chengguan, longxi, dongmen, nantang, longxiVillage, shiqiao].map((n, _, all) => ({
  ...n,
  childCount: all.filter((c) => c.parentId === n._id).length,
}));

const team = (_id: string, name: string, station: OrgNodeDoc): TeamDoc => ({
  _id,
  name,
  stationId: station._id,
  stationPath: station.path,
  leaderIds: [],
  createdAt: Date.UTC(2026, 0, 1),
});

export const TEAMS: TeamDoc[] = [team('t-dongmen', '东门社区志愿服务队', dongmen), team('t-longxi', '龙溪村党员先锋队', longxiVillage)];
