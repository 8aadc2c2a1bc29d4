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

export type PrivacyPurpose = 'location';

export type PrivacyPopupProps = {
  /** Why the app asks (one sentence in the popup). */
  purpose?: PrivacyPurpose;
};

const PURPOSE_TEXT: Record<PrivacyPurpose, string> = {
  location: '为了帮您找到离家最近的新时代文明实践站，需要使用您的位置信息。位置只用来查找站点，不会公开给别人。',
};

/**
 * The consent step shown before a privacy API runs. Put it on every page that calls one (getLocation).
 * weapp: answers wx.onNeedPrivacyAuthorization; the 同意 button has open-type agreePrivacyAuthorization.
 * H5: a first-use dialog; the answer is remembered.
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
        <Text className='privacy-popup__text'>{PURPOSE_TEXT[purpose]}</Text>
        <Text className='privacy-popup__text'>
          您可以随时在“我的”里更换站点。不同意也能使用，可以按乡镇（街道）自己查找站点。
        </Text>
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
