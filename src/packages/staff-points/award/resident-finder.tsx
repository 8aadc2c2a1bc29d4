import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import Card from '@/components/card';
import TextField from '@/components/text-field';
import { parseUserCode, pointsApi } from '@/services/points';

/** `balance` is unknown for a resident outside the caller's area (found by their 个人码). */
export type Resident = { id: string; nickname: string; balance?: number };

type Props = { meId: string; onFound: (r: Resident) => void };

const NOT_FOUND = ['USER_NOT_FOUND', 'VALIDATION_FAILED'];

/** Step 1: the resident's 编号 (from their 我的 page) → who it is (points.userHistory: nickname, balance). */
export default function ResidentFinder({ meId, onFound }: Props) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function find() {
    const id = parseUserCode(code);
    if (!id) return setError('请填写居民的编号');
    if (id === meId) return setError('不能给自己发放积分，请填写居民的编号');
    setError(undefined);
    setBusy(true);
    const r = await pointsApi.userHistory({ userId: id, limit: 1 });
    setBusy(false);
    if (!r.ok) return setError(NOT_FOUND.includes(r.code) ? '没有找到这个编号的居民，请核对后再试' : r.message);
    onFound({ id: r.data.user.id, nickname: r.data.user.nickname, balance: r.data.user.balance });
  }

  function type(text: string) {
    setCode(text);
    setError(undefined);
  }

  async function paste() {
    try {
      const { data } = await Taro.getClipboardData();
      if (data?.trim()) type(data.trim());
      else void Taro.showToast({ title: '剪贴板里没有编号', icon: 'none' });
    } catch {
      void Taro.showToast({ title: '没有读到剪贴板，请直接填写', icon: 'none' });
    }
  }

  return (
    <Card id='award-find' title='或者：填写居民编号'>
      <Text className='page__text'>请居民打开“我的”页面，把“我的编号”复制发给您，或者念给您听。</Text>
      <TextField
        id='award-input-code'
        name='award-code'
        label='居民编号'
        max={40}
        value={code}
        onChange={type}
        onConfirm={find}
        error={error}
        placeholder='u 开头的一串字母和数字'
      />
      <View className='page__actions'>
        <ActionButton id='award-btn-paste' type='plain' onClick={paste}>
          粘贴编号
        </ActionButton>
        <ActionButton id='award-btn-find' type='primary' loading={busy} loadingText='正在查找…' onClick={find}>
          查找居民
        </ActionButton>
      </View>
    </Card>
  );
}
