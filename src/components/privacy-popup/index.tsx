import { useEffect, useSyncExternalStore } from 'react';
import { Text, View } from '@tarojs/components';
import {
  PRIVACY_AGREE_BUTTON_ID,
  agreePrivacy,
  disagreePrivacy,
  installPrivacyListener,
  isPrivacyPopupVisible,
  openPrivacyContract,
  subscribePrivacy,
} from '@/services/privacy';
import ActionButton from '../action-button';
import './index.scss';

/** What the page is about to use: the popup says so first, and what still works without it. */
export type PrivacyPurpose = 'location' | 'photos' | 'checkIn';

export type PrivacyPopupProps = {
  purpose?: PrivacyPurpose;
};

const ASK: Record<PrivacyPurpose, string> = {
  location: '为了帮您找到离家最近的新时代文明实践站，现在需要使用您的位置。',
  photos: '为了给心愿添加照片，现在需要使用您手机的相册或相机。',
  checkIn: '为了确认您在活动现场、按位置签到，现在需要使用您的位置。只在签到时用一次，不公开。',
};

const WITHOUT: Record<PrivacyPurpose, string> = {
  location: '不同意也能使用：可以按乡镇（街道）自己查找站点，心愿按最新发布的顺序排列。',
  photos: '不同意也能提交，只是不能添加照片。',
  checkIn: '不同意也能签到：扫描队长手机上的签到码就可以。',
};

/** Everything the app collects, and what for (the privacy guide says the same at length). */
const COLLECTED: { what: string; why: string }[] = [
  { what: '位置', why: '查找离您最近的站点，把心愿按离您的远近排列。只用来查找，不公开。' },
  { what: '手机号、住址', why: '许心愿、注册志愿者时由您填写，方便志愿者和站点联系您、上门帮忙。' },
  { what: '照片', why: '许心愿、完成心愿时由您自己选择，用来说明情况。' },
];

/**
 * The consent step shown before a privacy API runs. Put it on every page that calls one (getLocation,
 * choosing photos). weapp: answers wx.onNeedPrivacyAuthorization; the 同意 button has open-type
 * agreePrivacyAuthorization. H5: a first-use dialog; the answer is remembered.
 */
export default function PrivacyPopup({ purpose = 'location' }: PrivacyPopupProps) {
  const visible = useSyncExternalStore(subscribePrivacy, isPrivacyPopupVisible, isPrivacyPopupVisible);
  useEffect(() => {
    installPrivacyListener();
  }, []);
  if (!visible) return null;
  const weapp = process.env.TARO_ENV === 'weapp';
  return (
    <View id='privacy-popup' className='privacy-popup' catchMove>
      <View className='privacy-popup__mask' />
      <View className='privacy-popup__panel'>
        <Text className='privacy-popup__title'>个人信息保护提示</Text>
        <Text className='privacy-popup__text'>{ASK[purpose]}</Text>
        <Text className='privacy-popup__text'>我们会用到这些信息：</Text>
        {COLLECTED.map((c) => (
          <View key={c.what} className='privacy-popup__text'>
            <Text className='privacy-popup__what'>{c.what}：</Text>
            <Text>{c.why}</Text>
          </View>
        ))}
        <Text className='privacy-popup__text'>
          电话和住址只给认领心愿的人和站点工作人员看，公开时名字会隐去（张**）。这些信息不会用在别的地方。
        </Text>
        <Text className='privacy-popup__text'>{WITHOUT[purpose]}</Text>
        {weapp ? (
          <View id='privacy-contract' className='privacy-popup__link' onClick={openPrivacyContract}>
            查看《用户隐私保护指引》
          </View>
        ) : null}
        <View className='privacy-popup__actions'>
          <ActionButton id='btn-privacy-disagree' type='plain' onClick={disagreePrivacy}>
            不同意
          </ActionButton>
          <ActionButton
            id={PRIVACY_AGREE_BUTTON_ID}
            type='primary'
            openType={weapp ? 'agreePrivacyAuthorization' : undefined}
            onAgreePrivacyAuthorization={weapp ? agreePrivacy : undefined}
            onClick={weapp ? undefined : agreePrivacy}
          >
            同意
          </ActionButton>
        </View>
      </View>
    </View>
  );
}
