import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import Card from '@/components/card';
import Chip from '@/components/chip';
import FormField from '@/components/form-field';
import MainButton from '@/components/main-button';
import StationSelect from '@/components/station-select';
import TextField from '@/components/text-field';
import SubmitBar from '@/components/submit-bar';
import { VOLUNTEER_SKILLS, type RegistrationPreview, type UserView } from '@/contracts/user';
import { useAction } from '@/hooks/use-action';
import { useResource } from '@/hooks/use-resource';
import { useFormFields } from '@/hooks/use-form-fields';
import { ROUTES } from '@/services/env';
import { goBack } from '@/services/nav';
import { updateSessionUser } from '@/services/session';
import { takePickedStation, type PickedStation } from '@/services/station-pick';
import { userApi } from '@/services/user';
import { fieldErrorsFrom, validateVolunteerForm, type VolunteerFormField } from '@/services/volunteer-form';

const STATION_CODES = ['HOME_STATION_REQUIRED', 'STATION_NOT_FOUND', 'NOT_A_STATION'];
const MAX_SKILLS = 10;

/** The station to start with: the one registered before, else the home station. */
function initialStation(user: UserView): PickedStation | undefined {
  const v = user.volunteer;
  if (v?.stationId) {
    const name =
      user.roles.find((r) => r.nodeId === v.stationId && r.nodeName)?.nodeName ??
      (v.stationId === user.homeStationId ? user.homeStationName : undefined);
    return { id: v.stationId, name: name ?? '已选择的站点' };
  }
  return user.homeStationId ? { id: user.homeStationId, name: user.homeStationName ?? '我的站点' } : undefined;
}

const INTRO: Record<'new' | 'approved' | 'pending' | 'rejected', string> = {
  new: '注册成为志愿者后，可以报名志愿服务活动、认领微心愿。请填写真实信息，方便站点联系您。',
  approved: '您已经是注册志愿者。信息有变化时，可以在这里修改。',
  pending: '您的注册正在等待站点审核。信息填错了，可以在这里修改后再提交。',
  rejected: '您的注册没有通过审核。请按站点的说明修改后重新提交。',
};

/** Said before saving: a station that reviews registrations puts the volunteer in line (and an approved one out of the role). */
function previewText(p?: RegistrationPreview): string | undefined {
  if (!p?.requiresReview || p.statusAfter !== 'pending') return undefined;
  return p.losesApproval
    ? `${p.stationName}要人工审核志愿者。保存后您要等这个站点审核通过，在此之前暂时不能认领心愿、报名活动。`
    : `${p.stationName}要人工审核志愿者。提交后请等站点审核，通过后我们会告诉您。`;
}

export default function VolunteerForm({ user }: { user: UserView }) {
  const v0 = user.volunteer;
  const { values, set, errors, setErrors, clear } = useFormFields<{ realName: string; phone: string }, VolunteerFormField>(() => ({
    realName: v0?.realName ?? '',
    // Only a full number is prefilled (a masked one would fail validation).
    phone: v0 && /^1\d{10}$/.test(v0.phone) ? v0.phone : '',
  }));
  const [station, setStation] = useState<PickedStation | undefined>(() => initialStation(user));
  const [skills, setSkills] = useState<string[]>(v0?.skills ?? []);
  // What saving at this station will do, asked of the server as soon as a station is chosen.
  const preview = useResource(() => userApi.previewRegistration({ stationId: station?.id ?? '' }), [station?.id], !!station?.id);

  useDidShow(() => {
    const picked = takePickedStation();
    if (picked) {
      setStation(picked);
      clear('stationId');
    }
  });

  function toggleSkill(s: string) {
    clear('skills');
    setSkills((old) => {
      if (old.includes(s)) return old.filter((x) => x !== s);
      if (old.length >= MAX_SKILLS) {
        void Taro.showToast({ title: `技能最多选${MAX_SKILLS}项`, icon: 'none' });
        return old;
      }
      return [...old, s];
    });
  }

  // One submit at a time; the server's refusal sits next to the button.
  const submit = useAction(async () => {
    const v = validateVolunteerForm({ ...values, stationId: station?.id ?? '', skills });
    if (!v.ok) {
      setErrors(v.errors);
      void Taro.showToast({ title: '请按红字提示修改', icon: 'none' });
      return;
    }
    setErrors({});
    const r = await userApi.registerVolunteer(v.input);
    if (r.ok) {
      updateSessionUser(r.data);
      void Taro.showToast({ title: '提交成功', icon: 'success' });
      setTimeout(() => goBack(ROUTES.me), 800);
      return;
    }
    const fe = fieldErrorsFrom(r.fields);
    if (STATION_CODES.includes(r.code) && !fe.stationId) fe.stationId = r.message;
    setErrors(fe);
    return r.message;
  });

  const kind = v0?.status ?? 'new';

  return (
    <View className='page'>
      <Text id='register-intro' className='page__lead'>
        {INTRO[kind] ?? INTRO.new}
      </Text>
      {kind === 'rejected' && v0?.reviewNote ? (
        <View id='register-review-note' className='page__banner page__banner--info'>
          站点说明：{v0.reviewNote}
        </View>
      ) : null}
      <Card>
        <TextField
          id='input-real-name'
          name='realName'
          label='真实姓名'
          required
          max={20}
          value={values.realName}
          onChange={set('realName')}
          error={errors.realName}
          placeholder='例如：张三'
        />
        <TextField
          id='input-phone'
          name='phone'
          label='手机号'
          required
          type='number'
          max={11}
          value={values.phone}
          onChange={set('phone')}
          error={errors.phone}
          placeholder='11位手机号码'
          hint='只给您所在站点的工作人员看，对外会隐藏中间四位'
        />
        <FormField name='stationId' label='服务站点' required error={errors.stationId}>
          <StationSelect idPrefix='register' name={station?.name} placeholder='请选择服务站点' picker='pick' />
        </FormField>
        <FormField name='skills' label='技能特长（可多选）' error={errors.skills} hint='选填，方便队长安排合适的服务'>
          <View className='chip-group'>
            {VOLUNTEER_SKILLS.map((s, i) => (
              <Chip key={s} id={`skill-${i}`} selectable selected={skills.includes(s)} onClick={() => toggleSkill(s)}>
                {s}
              </Chip>
            ))}
          </View>
        </FormField>
      </Card>
      <SubmitBar errorId='form-error' error={submit.error} noticeId='register-preview' notice={previewText(preview.data)}>
        <MainButton id='btn-submit-volunteer' act={submit} busyText='正在提交…'>
          {kind === 'new' ? '提交注册' : kind === 'rejected' ? '重新提交' : '保存修改'}
        </MainButton>
      </SubmitBar>
    </View>
  );
}
