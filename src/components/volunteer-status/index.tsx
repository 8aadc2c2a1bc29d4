import { Text, View } from '@tarojs/components';
import type { VolunteerView } from '@/contracts/user';
import { formatDate } from '@/services/format';
import ActionButton from '../action-button';
import Card from '../card';
import Chip from '../chip';
import './index.scss';

export type VolunteerStatusProps = {
  volunteer?: VolunteerView;
  onRegister: () => void;
};

/** Volunteer registration: the button to register, or where the registration stands. */
export default function VolunteerStatus({ volunteer, onRegister }: VolunteerStatusProps) {
  if (!volunteer) {
    return (
      <Card id='volunteer-card' title='志愿者'>
        <Text className='volunteer-status__text'>
          注册成为志愿者后，可以报名参加志愿服务活动、认领微心愿，服务时长还能换爱心积分。
        </Text>
        <View className='volunteer-status__action'>
          <ActionButton id='btn-register-volunteer' type='primary' size='large' onClick={onRegister}>
            注册志愿者
          </ActionButton>
        </View>
      </Card>
    );
  }
  const approved = volunteer.status === 'approved';
  return (
    <Card
      id='volunteer-card'
      title='志愿者'
      extra={
        <View id='volunteer-status' data-status={volunteer.status}>
          <Chip tone={approved ? 'success' : 'warning'}>{approved ? '已注册' : '等待审核'}</Chip>
        </View>
      }
    >
      <Text className='volunteer-status__text'>
        {approved
          ? `您是注册志愿者（${formatDate(volunteer.registeredAt)} 注册）。`
          : '注册信息已提交，站点管理员审核通过后就能报名活动。'}
      </Text>
      {volunteer.skills.length ? (
        <View className='volunteer-status__skills'>
          {volunteer.skills.map((s) => (
            <Chip key={s}>{s}</Chip>
          ))}
        </View>
      ) : null}
    </Card>
  );
}
