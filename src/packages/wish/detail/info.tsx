import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import Card from '@/components/card';
import Chip from '@/components/chip';
import FactRow from '@/components/fact-row';
import WishPhotos from '@/components/wish-photos';
import type { WishView } from '@/contracts/wish';
import { formatWhen, formatYuan } from '@/services/wish';

const Row = (p: { label: string; children: string; id?: string }) => <FactRow block='wish-detail' {...p} />;

/** The wish itself: title, category, value, story, photos, station, when. */
export function WishInfo({ wish }: { wish: WishView }) {
  return (
    <Card id='wish-detail-info'>
      <View className='chip-group'>
        <Chip tone='primary'>{wish.category}</Chip>
        {wish.proxy ? <Chip>网格员代录</Chip> : null}
      </View>
      <Text id='wish-detail-title' className='wish-detail__title'>
        {wish.title}
      </Text>
      <Text id='wish-detail-story' className='wish-detail__story'>
        {wish.story}
      </Text>
      <WishPhotos idPrefix='wish-detail-photo' fileIDs={wish.photos} />
      <Row label='大约价值' id='wish-detail-value'>
        {formatYuan(wish.valueFen)}
      </Row>
      <Row label='所在站点'>{wish.stationName}</Row>
      <Row label='许愿时间'>{formatWhen(wish.createdAt)}</Row>
      {wish.claimerName ? (
        <Row label='认领人' id='wish-detail-claimer'>
          {wish.claimerName}
        </Row>
      ) : null}
    </Card>
  );
}

/**
 * Who the wish is for. The public sees the masked name only; the resident, the claimer and staff also see
 * the phone (tap to call) and the address.
 */
export function WishContact({ wish }: { wish: WishView }) {
  const b = wish.beneficiary;
  const full = b.address !== undefined || b.phone !== undefined;
  return (
    <Card id='wish-detail-contact' title={full ? '受助人联系方式' : '受助人'}>
      <Row label='姓名' id='wish-detail-name'>
        {b.name}
      </Row>
      {full ? (
        <>
          <Row label='电话' id='wish-detail-phone'>
            {b.phone ?? (wish.contacts ? '没有电话，请联系下面的站点或网格员' : '没有电话，请联系站点')}
          </Row>
          {!b.phone && wish.contacts?.station ? (
            <Row label='站点电话' id='wish-detail-station-phone'>
              {`${wish.contacts.station.phone}（${wish.contacts.station.name}）`}
            </Row>
          ) : null}
          {!b.phone && wish.contacts ? (
            <Row label='代录网格员' id='wish-detail-proxy-contact'>
              {wish.contacts.proxy.phone ? `${wish.contacts.proxy.name} ${wish.contacts.proxy.phone}` : wish.contacts.proxy.name}
            </Row>
          ) : null}
          <Row label='住址' id='wish-detail-address'>
            {b.address ?? ''}
          </Row>
          {b.phone && (wish.viewer !== 'owner' || wish.proxy) ? (
            <View className='wish-detail__call'>
              <ActionButton
                id='wish-detail-btn-call'
                type='secondary'
                onClick={() => void Taro.makePhoneCall({ phoneNumber: b.phone ?? '' })}
              >
                {`拨打电话 ${b.phone}`}
              </ActionButton>
            </View>
          ) : null}
        </>
      ) : (
        <Text className='wish-detail__muted'>为保护隐私，电话和住址只给认领人和站点工作人员看。</Text>
      )}
    </Card>
  );
}
