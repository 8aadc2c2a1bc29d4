import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import Card from '@/components/card';
import SessionGate from '@/components/session-gate';
import StateView from '@/components/state-view';
import TextFields, { type TextFieldRow } from '@/components/text-fields';
import type { SettingsView } from '@/contracts/admin';
import { INTENSITIES, INTENSITY_LABELS, type CenterSettings } from '@/contracts/settings';
import type { UserView } from '@/contracts/user';
import { useResource } from '@/hooks/use-resource';
import { adminApi } from '@/services/admin';
import SaveBar from '../save-bar';
import '../admin.scss';

type Draft = Record<string, string>;

function draftOf(s: SettingsView): Draft {
  const c = s.center;
  return {
    ...Object.fromEntries(INTENSITIES.map((i) => [`factor.${i}`, String(c.intensityFactors[i])])),
    stars: c.starThresholdsHours.join(','),
    starBonusPoints: String(c.starBonusPoints),
    marketFeeRateBp: String(c.marketFeeRateBp),
    ...Object.fromEntries(s.templates.templates.map((t, i) => [`tpl.${i}`, t.templateId])),
  };
}

function centerOf(d: Draft): CenterSettings {
  return {
    intensityFactors: Object.fromEntries(INTENSITIES.map((i) => [i, Number(d[`factor.${i}`])])) as CenterSettings['intensityFactors'],
    starThresholdsHours: d.stars
      .split(/[,，\s]+/)
      .filter(Boolean)
      .map(Number),
    starBonusPoints: Number(d.starBonusPoints),
    marketFeeRateBp: Number(d.marketFeeRateBp),
  };
}

/** The center's numbers; each message comes back under its `center.…` path. */
const CENTER_FIELDS: TextFieldRow<string>[] = [
  ...INTENSITIES.map((i) => ({
    key: `factor.${i}`,
    id: `factor-${i}`,
    label: `劳动强度「${INTENSITY_LABELS[i]}」的积分倍数`,
    type: 'digit' as const,
    max: 5,
    error: `center.intensityFactors.${i}`,
  })),
  { key: 'stars', label: '一星到五星所需的服务时长（小时，用逗号分开）', max: 60, error: 'center.starThresholdsHours' },
  { key: 'starBonusPoints', id: 'star-bonus', label: '志愿之星奖励的爱心积分', type: 'number', max: 5, error: 'center.starBonusPoints' },
  {
    key: 'marketFeeRateBp',
    id: 'fee',
    label: '集市平台费率（万分之几，0 表示不收）',
    type: 'number',
    max: 3,
    error: 'center.marketFeeRateBp',
    hint: '最多 500，即 5%',
  },
];

/** A template id a kind; the kinds are the server's list. */
const templateFields = (s: SettingsView): TextFieldRow<string>[] =>
  s.templates.templates.map((t, i) => ({
    key: `tpl.${i}`,
    id: `tpl-${i}`,
    label: t.kind,
    max: 64,
    error: `templates.templates.${i}.templateId`,
  }));

function Editor({ saved, onSaved }: { saved: SettingsView; onSaved: (s: SettingsView) => void }) {
  const [d, setD] = useState<Draft>(() => draftOf(saved));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (k: string) => (v: string) => setD((o) => ({ ...o, [k]: v }));

  async function save() {
    setBusy(true);
    const templates = {
      ...saved.templates,
      templates: saved.templates.templates.map((t, i) => ({ ...t, templateId: d[`tpl.${i}`].trim() })),
    };
    const r = await adminApi.saveSettings({ center: centerOf(d), templates });
    setBusy(false);
    if (!r.ok) return setErrors({ ...(r.fields ?? {}), _: r.message });
    setErrors({});
    void Taro.showToast({ title: '已保存', icon: 'success' });
    onSaved(r.data);
  }

  return (
    <View>
      <Card id='settings-center' title='积分与星级'>
        <TextFields idPrefix='settings' rows={CENTER_FIELDS} values={d} set={set} errors={errors} />
      </Card>
      <Card id='settings-templates' title='订阅消息模板'>
        <Text className='workbench__meta'>填写微信公众平台里对应模板的编号。各站点每个心愿的爱心积分在“组织架构”里按站点设置。</Text>
        <TextFields idPrefix='settings' rows={templateFields(saved)} values={d} set={set} errors={errors} />
      </Card>
      <SaveBar idPrefix='settings' error={errors._} busy={busy} label='保存设置' size='large' onSave={save} />
    </View>
  );
}

function SettingsPage({ user }: { user: UserView }) {
  const s = useResource(() => adminApi.settings(), [user.id], !!user.admin);
  const [round, setRound] = useState(0);
  if (!user.admin) return <StateView id='settings-state' status='error' title='只有中心管理员可以修改设置' />;
  if (!s.data)
    return (
      <StateView id='settings-state' status={s.status === 'error' ? 'error' : 'loading'} error={s.error} onRetry={() => void s.reload()} />
    );
  return (
    <View className='page workbench'>
      <Editor key={round} saved={s.data} onSaved={() => void s.reload().then(() => setRound((n) => n + 1))} />
    </View>
  );
}

/** 中心设置 (center admins): the center settings and the subscribe template ids, saved whole and audited. */
export default function CenterSettingsPage() {
  return <SessionGate idPrefix='settings-page'>{(user) => <SettingsPage user={user} />}</SessionGate>;
}
