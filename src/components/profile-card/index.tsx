import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { UserView } from '@/contracts/user';
import { maskPhone } from '@/core/mask';
import { roleText } from '@/services/format';
import Chip from '../chip';
import './index.scss';

export type ProfileCardProps = {
  user: UserView;
};

/** Name, roles (plain chips with the node they apply to) and the phone, masked until 显示. */
export default function ProfileCard({ user }: ProfileCardProps) {
  const [reveal, setReveal] = useState(false);
  const realName = user.volunteer?.realName;
  const name = realName || user.nickname || '居民';
  const phone = user.volunteer?.phone;
  // The server masks numbers the reader may not see; only a full number can be revealed.
  const full = !!phone && /^1\d{10}$/.test(phone);
  return (
    <View id='profile-card' className='profile-card'>
      <View className='profile-card__top'>
        <View className='profile-card__avatar'>
          <Text>{Array.from(name)[0]}</Text>
        </View>
        <View className='profile-card__names'>
          <Text id='profile-name' className='profile-card__name'>
            {name}
          </Text>
          {realName && user.nickname && user.nickname !== realName ? (
            <Text className='profile-card__nickname'>微信昵称：{user.nickname}</Text>
          ) : null}
        </View>
      </View>
      <View id='profile-roles' className='profile-card__roles'>
        <Chip id='role-resident'>居民</Chip>
        {user.roles.map((r) => (
          <Chip key={`${r.role}-${r.nodeId}`} id={`role-${r.role}-${r.nodeId}`} tone='primary'>
            {roleText(r)}
          </Chip>
        ))}
      </View>
      {phone ? (
        <View className='profile-card__phone-row'>
          <Text className='profile-card__label'>手机号</Text>
          <Text id='profile-phone' className='profile-card__phone'>
            {full && reveal ? phone : maskPhone(phone)}
          </Text>
          {full ? (
            <View
              id='btn-phone-reveal'
              className='profile-card__reveal'
              hoverClass='profile-card__reveal--hover'
              onClick={() => setReveal((v) => !v)}
            >
              {reveal ? '隐藏' : '显示'}
            </View>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
