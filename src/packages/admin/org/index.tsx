import { useState } from 'react';
import { Switch, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import Card from '@/components/card';
import SessionGate from '@/components/session-gate';
import StateView from '@/components/state-view';
import TextFields, { type TextFieldRow } from '@/components/text-fields';
import { CHILD_KIND, type NodeFields } from '@/contracts/admin';
import type { OrgNodeView } from '@/contracts/org';
import { NODE_KIND_LABELS } from '@/contracts/roles';
import type { UserView } from '@/contracts/user';
import { adminApi } from '@/services/admin';
import NodeBrowser from '../node-browser';
import SaveBar from '../save-bar';
import '../admin.scss';

type Form = {
  name: string;
  address: string;
  lat: string;
  lng: string;
  contactName: string;
  contactPhone: string;
  wishPoints: string;
  review?: boolean;
};

type TextKey = Exclude<keyof Form, 'review'>;

/** The node's inputs; `error` names the server's message where it is not the key. */
const FIELDS: TextFieldRow<TextKey>[] = [
  { key: 'name', label: '名称', required: true, max: 40 },
  { key: 'address', label: '地址', required: true, max: 100 },
  { key: 'lat', label: '纬度（GCJ-02）', type: 'digit', max: 12, error: 'location.lat' },
  { key: 'lng', label: '经度（GCJ-02）', type: 'digit', max: 12, error: 'location.lng' },
  { key: 'contactName', id: 'contact-name', label: '对外联系人', max: 20, error: 'contact.name' },
  {
    key: 'contactPhone',
    id: 'contact-phone',
    label: '对外联系电话',
    max: 20,
    error: 'contact.phone',
    hint: '居民和认领心愿的志愿者会看到这个电话',
  },
];
const STATION_FIELDS: TextFieldRow<TextKey>[] = [
  { key: 'wishPoints', id: 'wish-points', label: '每个心愿的爱心积分（不填则不变）', type: 'number', max: 4 },
];

const formOf = (n?: OrgNodeView): Form => ({
  name: n?.name ?? '',
  address: n?.address ?? '',
  lat: n ? String(n.location.lat) : '',
  lng: n ? String(n.location.lng) : '',
  contactName: n?.contact?.name ?? '',
  contactPhone: n?.contact?.phone ?? '',
  wishPoints: '',
});

/** The form's fields as the server takes them; the server checks them (its messages show under the field). */
function fieldsOf(f: Form, station: boolean): NodeFields {
  return {
    name: f.name.trim(),
    address: f.address.trim(),
    location: { lat: Number(f.lat), lng: Number(f.lng) },
    ...(f.contactName.trim() || f.contactPhone.trim() ? { contact: { name: f.contactName.trim(), phone: f.contactPhone.trim() } } : {}),
    ...(station && f.wishPoints.trim() ? { wishPoints: Number(f.wishPoints) } : {}),
    // Only when the switch was touched: an edit leaves the station's setting as it is otherwise.
    ...(station && f.review !== undefined ? { volunteerReview: f.review } : {}),
  };
}

function NodeForm({ node, adding, onSaved }: { node: OrgNodeView; adding: boolean; onSaved: () => void }) {
  const kind = adding ? CHILD_KIND[node.kind] : node.kind;
  const [f, setF] = useState<Form>(() => formOf(adding ? undefined : node));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (k: TextKey) => (v: string) => setF((old) => ({ ...old, [k]: v }));
  if (!kind) return <Text className='workbench__meta'>实践基地下不能再添加节点。</Text>;
  const station = kind === 'station';

  async function save() {
    setBusy(true);
    const fields = fieldsOf(f, station);
    const r = adding ? await adminApi.addNode({ parentId: node.id, ...fields }) : await adminApi.editNode({ id: node.id, ...fields });
    setBusy(false);
    if (!r.ok) return setErrors({ ...(r.fields ?? {}), _: r.message });
    setErrors({});
    void Taro.showToast({ title: '已保存', icon: 'success' });
    onSaved();
  }

  const p = adding ? 'org-add' : 'org-edit';
  return (
    <Card id={`${p}-form`} title={adding ? `在「${node.name}」下新增${NODE_KIND_LABELS[kind]}` : `修改「${node.name}」`}>
      <TextFields idPrefix={p} rows={FIELDS} values={f} set={set} errors={errors} />
      {station ? (
        <View>
          <TextFields idPrefix={p} rows={STATION_FIELDS} values={f} set={set} errors={errors} />
          <View className='workbench__row'>
            <Text className='workbench__label'>{adding ? '志愿者注册要人工审核' : '志愿者注册要人工审核（不动则保持原样）'}</Text>
            <Switch id={`${p}-review`} checked={!!f.review} onChange={(e) => setF((o) => ({ ...o, review: e.detail.value }))} />
          </View>
        </View>
      ) : null}
      <SaveBar idPrefix={p} error={errors._} busy={busy} label='保存' onSave={save} />
    </Card>
  );
}

function OrgPage({ user }: { user: UserView }) {
  const [node, setNode] = useState<OrgNodeView>();
  const [adding, setAdding] = useState(false);
  const [version, setVersion] = useState(0);
  if (!user.admin) return <StateView id='org-state' status='error' title='只有中心管理员可以修改组织架构' />;
  return (
    <View className='page workbench'>
      <Card id='org-browser' title='组织架构'>
        <Text className='workbench__meta'>点名称选中一个节点，可以修改它或在它下面新增。</Text>
        <NodeBrowser
          idPrefix='org'
          version={version}
          onPick={(n) => {
            setNode(n);
            setAdding(false);
          }}
        />
      </Card>
      {node ? (
        <View className='page__actions'>
          <ActionButton id='org-btn-edit' type={adding ? 'secondary' : 'primary'} onClick={() => setAdding(false)}>
            修改这个节点
          </ActionButton>
          {CHILD_KIND[node.kind] ? (
            <ActionButton id='org-btn-add' type={adding ? 'primary' : 'secondary'} onClick={() => setAdding(true)}>
              在下面新增
            </ActionButton>
          ) : null}
        </View>
      ) : null}
      {node ? <NodeForm key={`${node.id}-${adding}`} node={node} adding={adding} onSaved={() => setVersion((v) => v + 1)} /> : null}
    </View>
  );
}

/** 组织架构 (center admins): browse the tree, edit a node's name, address, location, public contact and station settings, add nodes. */
export default function OrgTreePage() {
  return <SessionGate idPrefix='org-page'>{(user) => <OrgPage user={user} />}</SessionGate>;
}
