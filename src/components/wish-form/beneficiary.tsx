import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { UserView } from '@/contracts/user';
import { WISH_LIMITS } from '@/contracts/wish';
import type { FormFields } from '@/hooks/use-form-fields';
import Card from '../card';
import Chip from '../chip';
import TextField from '../text-field';
import type { WishFormErrors, WishFormField, WishFormValues } from './validate';

export type FormValues = Omit<WishFormValues, 'photos' | 'stationId'>;
type Beneficiary = Pick<FormValues, 'name' | 'phone' | 'address'>;

const KEY = 'wish-beneficiary-v1';

/** A resident's form starts with the contact used last time, else their own name and phone. A proxy's starts empty. */
export function initialBeneficiary(user: UserView, proxy: boolean): Beneficiary {
  if (proxy) return { name: '', phone: '', address: '' };
  let last: Partial<Beneficiary> = {};
  try {
    last = (Taro.getStorageSync(KEY) as Partial<Beneficiary>) || {};
  } catch {
    /* nothing remembered */
  }
  const phone = user.volunteer?.phone && /^1\d{10}$/.test(user.volunteer.phone) ? user.volunteer.phone : '';
  return {
    name: last.name || user.volunteer?.realName || user.nickname || '',
    phone: last.phone || phone,
    address: last.address || '',
  };
}

export function rememberBeneficiary(v: Beneficiary): void {
  try {
    Taro.setStorageSync(KEY, { name: v.name.trim(), phone: v.phone.trim(), address: v.address.trim() });
  } catch {
    /* the next form starts from the profile */
  }
}

/** The form's one-line and tall text fields, each with a message of its own. */
export type TextKey = 'title' | 'story' | 'yuan' | 'name' | 'phone' | 'address';
type Set = FormFields<FormValues, WishFormField>['set'];

/** Ties a TextField to the form: id "<ip>-<key>" (showErrors scrolls to its "field-" box), the value, its change and its message. */
export const binder =
  (ip: string, v: FormValues, set: Set, errors: WishFormErrors) =>
  (k: TextKey): { id: string; value: string; onChange: (value: string) => void; error?: string } => ({
    id: `${ip}-${k}`,
    value: v[k],
    onChange: set(k),
    error: errors[k],
  });

type Props = { ip: string; proxy: boolean; v: FormValues; set: Set; errors: WishFormErrors };

/** Who the wish is for: name, phone (a proxy may record a resident with no phone at all) and address. */
export function BeneficiaryFields({ ip, proxy, v, set, errors }: Props) {
  const bind = binder(ip, v, set, errors);
  return (
    <Card title={proxy ? '居民的联系方式' : '联系人'}>
      <Text className='page__text'>
        {proxy
          ? '请如实填写居民的姓名、电话和住址。只有认领人和站点工作人员能看到电话和住址，公开时姓名会隐去（张**）。'
          : '认领的志愿者会用这个电话和您联系。电话和住址只给认领人和站点工作人员看，公开时姓名会隐去（张**）。'}
      </Text>
      <TextField {...bind('name')} label={proxy ? '居民姓名' : '姓名'} required max={20} placeholder='例如：张桂兰' />
      {proxy ? (
        <View className='wish-form__nophone'>
          <Chip id={`${ip}-no-phone`} selectable selected={v.noPhone} onClick={() => set('noPhone', 'phone')(!v.noPhone)}>
            这位居民没有电话
          </Chip>
        </View>
      ) : null}
      {proxy && v.noPhone ? (
        <View>
          <Text id={`${ip}-no-phone-hint`} className='wish-form__nophone-hint'>
            认领人会看到站点的对外电话和您的姓名，通过站点或您联系居民。
          </Text>
          <TextField
            id={`${ip}-work-phone`}
            label='您的工作电话（选填）'
            type='text'
            value={v.workPhone ?? ''}
            onChange={set('workPhone')}
            max={13}
            error={errors.phone}
            placeholder='手机号或带区号的座机号'
            hint='填了以后，认领人可以直接打给您'
          />
        </View>
      ) : (
        <TextField {...bind('phone')} label={proxy ? '居民电话' : '手机号'} required type='number' max={11} placeholder='11位手机号码' />
      )}
      <TextField
        {...bind('address')}
        label='住址'
        required
        max={WISH_LIMITS.address}
        placeholder='例如：东门社区东门路22号3栋101'
        hint='写到门牌号，方便上门'
      />
    </Card>
  );
}
