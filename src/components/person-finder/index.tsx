import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { isUserCodeText as isUserCode, type PersonView } from '@/contracts/user';
import { userApi } from '@/services/user';
import ActionButton from '../action-button';
import Card from '../card';
import TextField from '../text-field';
import { scanQrThen } from './scan-code';
import './index.scss';

export type PersonFinderProps = {
  /** Ids: "<idPrefix>-input", "<idPrefix>-btn-scan", "<idPrefix>-btn-find", "<idPrefix>-person-<n>". */
  idPrefix: string;
  title: string;
  onPick: (p: PersonView) => void;
};

/**
 * Finds a person for staff: scan their 个人码 (weapp), paste it (H5 has no scanner), or type their full
 * phone number or name (within the staff member's area). A code resolves to one person at once; a search
 * lists who matches, each a tap to pick.
 */
export default function PersonFinder({ idPrefix, title, onPick }: PersonFinderProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<PersonView[]>();

  async function resolve(code: string) {
    setBusy(true);
    const r = await userApi.resolveCode({ code });
    setBusy(false);
    if (r.ok) onPick(r.data);
    else setError(r.message);
  }

  async function find() {
    const q = text.trim();
    setError(undefined);
    setFound(undefined);
    if (!q) return setError('请扫描个人码，或填写手机号、姓名');
    if (isUserCode(q)) return resolve(q);
    if (q.length < 2) return setError('请填写完整的手机号或姓名');
    setBusy(true);
    const r = await userApi.findPeople({ query: q, limit: 20 });
    setBusy(false);
    if (!r.ok) return setError(r.message);
    if (!r.data.items.length) return setError('在您负责的站点里没有找到这个人。请核对手机号或姓名，或请对方出示个人码。');
    setFound(r.data.items);
  }

  const scan = () => scanQrThen((text) => resolve(text.trim()));

  return (
    <Card id={`${idPrefix}-finder`} title={title}>
      <Text className='page__text'>请对方打开“我的 › 个人码”，扫一扫就能找到。也可以填写对方的手机号或姓名。</Text>
      {process.env.TARO_ENV === 'weapp' ? (
        <View className='page__actions'>
          <ActionButton id={`${idPrefix}-btn-scan`} type='primary' size='large' onClick={scan}>
            扫个人码
          </ActionButton>
        </View>
      ) : null}
      <TextField
        id={`${idPrefix}-input`}
        name={`${idPrefix}-query`}
        label={process.env.TARO_ENV === 'weapp' ? '手机号或姓名' : '个人码、手机号或姓名'}
        max={200}
        value={text}
        onChange={(v) => {
          setText(v);
          setError(undefined);
        }}
        onConfirm={find}
        error={error}
        placeholder={process.env.TARO_ENV === 'weapp' ? '例如 13800001111 或 王小红' : '粘贴个人码，或填写手机号、姓名'}
      />
      <View className='page__actions'>
        <ActionButton
          id={`${idPrefix}-btn-find`}
          type={process.env.TARO_ENV === 'weapp' ? 'secondary' : 'primary'}
          loading={busy}
          loadingText='正在查找…'
          onClick={find}
        >
          查找
        </ActionButton>
      </View>
      {found?.map((p, i) => (
        <View key={p.id} id={`${idPrefix}-person-${i}`} className='person-finder__row' onClick={() => onPick(p)}>
          <View className='person-finder__who'>
            <Text className='person-finder__name'>{p.realName ?? p.nickname}</Text>
            <Text className='person-finder__meta'>{[p.phone, p.stationName].filter(Boolean).join(' · ') || '还没有选择站点'}</Text>
          </View>
          <Text className='person-finder__pick'>选择 ›</Text>
        </View>
      ))}
    </Card>
  );
}
