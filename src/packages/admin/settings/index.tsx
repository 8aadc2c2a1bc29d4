import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import Card from '@/components/card';
import SessionGate from '@/components/session-gate';
import StateView from '@/components/state-view';
import TextField from '@/components/text-field';
import type { SettingsView } from '@/contracts/admin';
import { INTENSITIES, INTENSITY_LABELS, type CenterSettings } from '@/contracts/settings';
import type { UserView } from '@/contracts/user';
import { useResource } from '@/hooks/use-resource';
import { adminApi } from '@/services/admin';
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
        {INTENSITIES.map((i) => (
          <TextField
            key={i}
            id={`settings-factor-${i}`}
            label={`劳动强度「${INTENSITY_LABELS[i]}」的积分倍数`}
            type='digit'
            max={5}
            value={d[`factor.${i}`]}
            onChange={set(`factor.${i}`)}
            error={errors[`center.intensityFactors.${i}`]}
          />
        ))}
        <TextField
          id='settings-stars'
          label='一星到五星所需的服务时长（小时，用逗号分开）'
          max={60}
          value={d.stars}
          onChange={set('stars')}
          error={errors['center.starThresholdsHours']}
        />
        <TextField
          id='settings-star-bonus'
          label='志愿之星奖励的爱心积分'
          type='number'
          max={5}
          value={d.starBonusPoints}
          onChange={set('starBonusPoints')}
          error={errors['center.starBonusPoints']}
        />
        <TextField
          id='settings-fee'
          label='集市平台费率（万分之几，0 表示不收）'
          type='number'
          max={3}
          value={d.marketFeeRateBp}
          onChange={set('marketFeeRateBp')}
          error={errors['center.marketFeeRateBp']}
          hint='最多 500，即 5%'
        />
      </Card>
      <Card id='settings-templates' title='订阅消息模板'>
        <Text className='workbench__meta'>填写微信公众平台里对应模板的编号。各站点每个心愿的爱心积分在“组织架构”里按站点设置。</Text>
        {saved.templates.templates.map((t, i) => (
          <TextField
            key={t.kind}
            id={`settings-tpl-${i}`}
            label={t.kind}
            max={64}
            value={d[`tpl.${i}`]}
            onChange={set(`tpl.${i}`)}
            error={errors[`templates.templates.${i}.templateId`]}
          />
        ))}
      </Card>
      {errors._ ? (
        <Text id='settings-error' className='form-field__error'>
          {errors._}
        </Text>
      ) : null}
      <View className='page__actions'>
        <ActionButton id='settings-btn-save' type='primary' size='large' loading={busy} loadingText='正在保存…' onClick={save}>
          保存设置
        </ActionButton>
      </View>
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
