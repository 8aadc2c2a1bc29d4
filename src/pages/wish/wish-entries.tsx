import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import type { UserView } from '@/contracts/user';
import { openRegisterVolunteer } from '@/services/nav';
import { openWishPage, wishAbilities } from '@/services/wish';

/** 许个心愿, and the ways to the user's own wishes, claims and (staff) the review queue. */
export default function WishEntries({ user }: { user: UserView }) {
  const can = wishAbilities(user);
  return (
    <View className='wish-home__head'>
      <Text className='wish-home__lead'>生活上有小困难，就许个心愿；志愿者和爱心单位会认领、帮您实现。</Text>
      <ActionButton id='wish-btn-new' type='primary' size='large' className='wish-home__new' onClick={() => openWishPage('submit')}>
        ＋ 许个心愿
      </ActionButton>
      <View className='wish-home__links'>
        <View id='wish-btn-mine' className='wish-home__link' hoverClass='wish-home__link--hover' onClick={() => openWishPage('mine')}>
          我的心愿
        </View>
        {can.claim ? (
          <View id='wish-btn-claims' className='wish-home__link' hoverClass='wish-home__link--hover' onClick={() => openWishPage('claims')}>
            我认领的
          </View>
        ) : null}
        {can.staff ? (
          <View id='wish-btn-review' className='wish-home__link' hoverClass='wish-home__link--hover' onClick={() => openWishPage('review')}>
            审核心愿
          </View>
        ) : null}
        {can.staff ? (
          <View id='wish-btn-proxy' className='wish-home__link' hoverClass='wish-home__link--hover' onClick={() => openWishPage('proxy')}>
            代居民许愿
          </View>
        ) : null}
      </View>
      {!can.claim && !can.staff ? (
        <View className='wish-home__volunteer'>
          <Text className='wish-home__volunteer-text'>想帮别人实现心愿？注册志愿者后就能认领。</Text>
          <ActionButton id='wish-btn-register-volunteer' type='secondary' size='compact' onClick={openRegisterVolunteer}>
            去注册
          </ActionButton>
        </View>
      ) : null}
    </View>
  );
}
