import { Text, View } from '@tarojs/components';
import type { VolunteerView } from '@/contracts/user';
import { formatDate } from '@/services/format';
import ActionButton from '../action-button';
import Card from '../card';
import Chip, { type ChipTone } from '../chip';
import './index.scss';

export type VolunteerStatusProps = {
  volunteer?: VolunteerView;
  /** Opens the registration form (to register, to fix a turned-down one, or to update details). */
  onRegister: () => void;
};

const STATUS: Record<VolunteerView['status'], { label: string; tone: ChipTone }> = {
  approved: { label: '已注册', tone: 'success' },
  pending: { label: '等待审核', tone: 'warning' },
  rejected: { label: '未通过', tone: 'danger' },
};

/** Volunteer registration: the button to register, or where the registration stands. */
export default function VolunteerStatus({ volunteer, onRegister }: VolunteerStatusProps) {
  if (!volunteer) {
    return (
      <Card id='volunteer-card' title='志愿者'>
        <Text className='volunteer-status__text'>注册成为志愿者后，可以报名参加志愿服务活动、认领微心愿，服务时长还能换爱心积分。</Text>
        <View className='volunteer-status__action'>
          <ActionButton id='btn-register-volunteer' type='primary' size='large' onClick={onRegister}>
            注册志愿者
          </ActionButton>
        </View>
      </Card>
    );
  }
  const st = STATUS[volunteer.status] ?? STATUS.pending;
  return (
    <Card
      id='volunteer-card'
      title='志愿者'
      extra={
        <Chip id='volunteer-status' status={volunteer.status} tone={st.tone}>
          {st.label}
        </Chip>
      }
    >
      <Text className='volunteer-status__text'>
        {volunteer.status === 'approved'
          ? `您是注册志愿者（${formatDate(volunteer.registeredAt)} 注册）。`
          : volunteer.status === 'pending'
            ? '注册信息已提交，站点管理员审核通过后就能报名活动。'
            : '您的志愿者注册没有通过审核，可以修改后重新提交。'}
      </Text>
      {volunteer.status === 'rejected' && volunteer.reviewNote ? (
        <Text id='volunteer-review-note' className='volunteer-status__note'>
          站点说明：{volunteer.reviewNote}
        </Text>
      ) : null}
      {volunteer.skills.length ? (
        <View className='volunteer-status__skills'>
          {volunteer.skills.map((s) => (
            <Chip key={s}>{s}</Chip>
          ))}
        </View>
      ) : null}
      <View className='volunteer-status__action'>
        {volunteer.status === 'rejected' ? (
          <ActionButton id='btn-register-volunteer' type='primary' onClick={onRegister}>
            修改后重新提交
          </ActionButton>
        ) : (
          <ActionButton id='btn-edit-volunteer' type='plain' onClick={onRegister}>
            修改志愿者信息
          </ActionButton>
        )}
      </View>
    </Card>
  );
}
