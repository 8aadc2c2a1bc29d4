import ActionButton from '@/components/action-button';
import { TabHead, TabLinks, TabPrompt } from '@/components/tab-head';
import type { UserView } from '@/contracts/user';
import { openRegisterVolunteer } from '@/services/nav';
import { openWishPage, wishAbilities } from '@/services/wish';

/** 许个心愿, and the ways to the user's own wishes, claims and (staff) the review queue. */
export default function WishEntries({ user }: { user: UserView }) {
  const can = wishAbilities(user);
  return (
    <TabHead lead='生活上有小困难，就许个心愿；志愿者和爱心单位会认领、帮您实现。'>
      <ActionButton id='wish-btn-new' type='primary' size='large' className='tab-head__first' onClick={() => openWishPage('submit')}>
        ＋ 许个心愿
      </ActionButton>
      <TabLinks
        links={[
          { id: 'wish-btn-mine', label: '我的心愿', onClick: () => openWishPage('mine') },
          can.claim && { id: 'wish-btn-claims', label: '我认领的', onClick: () => openWishPage('claims') },
          can.staff && { id: 'wish-btn-review', label: '审核心愿', onClick: () => openWishPage('review') },
          can.staff && { id: 'wish-btn-proxy', label: '代居民许愿', onClick: () => openWishPage('proxy') },
        ]}
      />
      {!can.claim && !can.staff ? (
        <TabPrompt
          id='wish-btn-register-volunteer'
          text='想帮别人实现心愿？注册志愿者后就能认领。'
          button='去注册'
          onClick={openRegisterVolunteer}
        />
      ) : null}
    </TabHead>
  );
}
