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

/** One row a node, parents before their children: id, kind, name, parent, address, lat, lng, contact, phone, extra. */
type Row = [string, OrgNodeDoc['kind'], string, string | null, string, number, number, string, string, Partial<OrgNodeDoc>?];
const ROWS: Row[] = [
  ['n-center', 'center', '云溪县新时代文明实践中心', null, '云溪县人民路1号', 26.7261, 110.6319, '县中心办公室', '07395551000'],
  [
    'n-chengguan',
    'institute',
    '城关镇新时代文明实践所',
    'n-center',
    '云溪县城关镇解放路18号',
    26.7302,
    110.6285,
    '城关所值班室',
    '07395551100',
  ],
  [
    'n-longxi',
    'institute',
    '龙溪镇新时代文明实践所',
    'n-center',
    '云溪县龙溪镇龙溪街6号',
    26.6612,
    110.7034,
    '龙溪所值班室',
    '07395551200',
  ],
  [
    'n-dongmen',
    'station',
    '东门社区新时代文明实践站',
    'n-chengguan',
    '城关镇东门社区东门路22号',
    26.7325,
    110.6402,
    '刘站长',
    '13907391101',
  ],
  ['n-nantang', 'station', '南塘村新时代文明实践站', 'n-chengguan', '城关镇南塘村村部', 26.7108, 110.6188, '陈站长', '13907391102'],
  ['n-longxicun', 'station', '龙溪村新时代文明实践站', 'n-longxi', '龙溪镇龙溪村村委会', 26.6587, 110.7091, '周站长', '13907391201'],
  [
    'n-shiqiao',
    'station',
    '石桥村新时代文明实践站',
    'n-longxi',
    '龙溪镇石桥村文化广场旁',
    26.6403,
    110.7255,
    '蒋站长',
    '13907391202',
    { settings: { volunteerReview: true } },
  ],
];

const built = new Map<string, OrgNodeDoc>();
for (const [_id, kind, name, parentId, address, lat, lng, contact, phone, extra] of ROWS) {
  const parent = parentId === null ? null : built.get(parentId)!;
  built.set(_id, node(_id, kind, name, parent, address, lat, lng, { name: contact, phone }, extra));
}

export const [center, chengguan, longxi, dongmen, nantang, longxiVillage, shiqiao] = [...built.values()];

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
