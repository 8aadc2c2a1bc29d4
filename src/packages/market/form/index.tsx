import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import Chip from '@/components/chip';
import FormField from '@/components/form-field';
import SessionGate from '@/components/session-gate';
import StateView from '@/components/state-view';
import TextField from '@/components/text-field';
import WishPhotos, { photoIds, photosBusy, type PhotoItem } from '@/components/wish-photos';
import {
  LISTING_CATEGORIES,
  LISTING_UNITS,
  MARKET_LIMITS as L,
  type ListingCategory,
  type ListingUnit,
  type ListingView,
} from '@/contracts/market';
import type { Result } from '@/contracts/result';
import { useResource } from '@/hooks/use-resource';
import { MARKET_ROUTES, marketApi } from '@/services/market';
import { photoSrc } from '@/services/upload';
import '../market.scss';

type Draft = {
  name: string;
  description: string;
  category?: ListingCategory;
  unit?: ListingUnit;
  yuan: string;
  points: string;
  stock: string;
  originVillage: string;
};

/** "4.5" → 450; anything that is not a price with at most 2 decimals → NaN. */
const toFen = (s: string): number => (/^\d+(\.\d{1,2})?$/.test(s.trim()) ? Math.round(Number(s.trim()) * 100) : NaN);
const toInt = (s: string): number => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN);

/** Field errors the form finds before asking the server (which checks everything again). */
function check(d: Draft, photos: string[]): Record<string, string> {
  const e: Record<string, string> = {};
  if (!d.name.trim()) e.name = '请填写商品名称';
  if (!d.description.trim()) e.description = '请填写商品介绍';
  if (!photos.length) e.photos = '请至少上传1张商品图片';
  if (!d.category) e.category = '请选择商品类别';
  if (!d.unit) e.unit = '请选择计量单位';
  const fen = toFen(d.yuan);
  if (!(fen >= 1 && fen <= L.priceFenMax)) e.priceFen = `请填写价格，0.01 到 ${L.priceFenMax / 100} 元`;
  if (d.points.trim() && !(toInt(d.points) >= 1 && toInt(d.points) <= L.pointsPriceMax)) e.pointsPrice = '积分价格须为整数';
  if (!(toInt(d.stock) >= 0 && toInt(d.stock) <= L.stockMax)) e.stock = '请填写库存（整数）';
  if (!d.originVillage.trim()) e.originVillage = '请填写产地';
  return e;
}

function ListingForm({ editing, producerId, stationId }: { editing?: ListingView; producerId?: string; stationId: string }) {
  const [d, setD] = useState<Draft>(() => ({
    name: editing?.name ?? '',
    description: editing?.description ?? '',
    category: editing?.category,
    unit: editing?.unit,
    yuan: editing ? (editing.priceFen / 100).toFixed(2) : '',
    points: editing?.pointsPrice ? String(editing.pointsPrice) : '',
    stock: editing ? String(editing.stock) : '',
    originVillage: editing?.originVillage ?? '',
  }));
  const [photos, setPhotos] = useState<PhotoItem[]>(() =>
    (editing?.photos ?? []).map((f, i) => ({ key: `e${i}`, preview: photoSrc(f) ?? '', fileID: f, status: 'done' as const })),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (k: keyof Draft) => (v: string) => setD((old) => ({ ...old, [k]: v }));

  async function submit() {
    const ids = photoIds(photos);
    const found = check(d, ids);
    setErrors(found);
    setBanner(undefined);
    if (Object.keys(found).length || photosBusy(photos)) return;
    const fields = {
      name: d.name.trim(),
      description: d.description.trim(),
      photos: ids,
      category: d.category as ListingCategory,
      unit: d.unit as ListingUnit,
      priceFen: toFen(d.yuan),
      stock: toInt(d.stock),
      originVillage: d.originVillage.trim(),
    };
    setBusy(true);
    const r: Result<ListingView> = editing
      ? await marketApi.editListing({ id: editing.id, ...fields, pointsPrice: d.points.trim() ? toInt(d.points) : null })
      : await marketApi.createListing({
          ...fields,
          ...(d.points.trim() ? { pointsPrice: toInt(d.points) } : {}),
          stationId,
          ...(producerId ? { producerId } : {}),
        });
    setBusy(false);
    if (!r.ok) {
      setErrors(r.fields ?? {});
      setBanner(r.message);
      return;
    }
    void Taro.redirectTo({ url: `${MARKET_ROUTES.listing}?id=${encodeURIComponent(r.data.id)}` });
  }

  return (
    <View className='page market-form'>
      <Text className='page__lead'>
        {editing
          ? '修改价格、图片、名称或介绍后，商品会重新交给站点店长审核；只改库存不用重新审核。'
          : '填好商品信息。站点店长检查质量、图片通过安全检测后，商品就会在集市上架。'}
      </Text>
      <TextField
        id='listing-form-name'
        name='name'
        label='商品名称'
        value={d.name}
        onChange={set('name')}
        max={L.name}
        counter
        required
        error={errors.name}
      />
      <FormField name='photos' label={`商品图片（1到${L.photosMax}张）`} required error={errors.photos}>
        <WishPhotos idPrefix='listing-form-upload' items={photos} setItems={setPhotos} max={L.photosMax} />
      </FormField>
      <FormField name='category' label='类别' required error={errors.category}>
        <View className='market-form__chips'>
          {LISTING_CATEGORIES.map((c, i) => (
            <Chip
              key={c}
              id={`listing-form-category-${i}`}
              selectable
              selected={d.category === c}
              onClick={() => setD((o) => ({ ...o, category: c }))}
            >
              {c}
            </Chip>
          ))}
        </View>
      </FormField>
      <FormField name='unit' label='计量单位' required error={errors.unit}>
        <View className='market-form__chips'>
          {LISTING_UNITS.map((u, i) => (
            <Chip key={u} id={`listing-form-unit-${i}`} selectable selected={d.unit === u} onClick={() => setD((o) => ({ ...o, unit: u }))}>
              {u}
            </Chip>
          ))}
        </View>
      </FormField>
      <TextField
        id='listing-form-yuan'
        name='priceFen'
        label={`价格（元/${d.unit ?? '单位'}）`}
        type='digit'
        value={d.yuan}
        onChange={set('yuan')}
        max={10}
        required
        error={errors.priceFen}
      />
      <TextField
        id='listing-form-points'
        name='pointsPrice'
        label='积分价格（可不填）'
        type='number'
        value={d.points}
        onChange={set('points')}
        max={6}
        hint='志愿者可以用爱心积分兑换'
        error={errors.pointsPrice}
      />
      <TextField
        id='listing-form-stock'
        name='stock'
        label='库存'
        type='number'
        value={d.stock}
        onChange={set('stock')}
        max={5}
        required
        error={errors.stock}
      />
      <TextField
        id='listing-form-origin'
        name='originVillage'
        label='产地（村）'
        value={d.originVillage}
        onChange={set('originVillage')}
        max={L.originVillage}
        required
        error={errors.originVillage}
      />
      <TextField
        id='listing-form-description'
        name='description'
        label='商品介绍'
        value={d.description}
        onChange={set('description')}
        max={L.description}
        lines='tall'
        counter
        required
        error={errors.description}
      />
      {banner ? (
        <Text id='listing-form-error' className='page__banner page__banner--error'>
          {banner}
        </Text>
      ) : null}
      <View className='page__actions'>
        <ActionButton id='listing-form-btn-submit' type='primary' size='large' loading={busy} onClick={() => void submit()}>
          {editing ? '保存修改' : '提交审核'}
        </ActionButton>
      </View>
    </View>
  );
}

/** New listing (the producer's own, or `producerId` + `stationId` when staff list on a villager's behalf) or `id` to edit. */
function FormLoader({ id, producerId, stationId }: { id?: string; producerId?: string; stationId?: string }) {
  const editing = useResource(() => marketApi.detail({ id: id ?? '' }), [id], !!id);
  const own = useResource(() => marketApi.myProducer(), [], !id && !producerId);
  if (id) {
    if (!editing.data)
      return (
        <StateView
          id='listing-form-state'
          status={editing.status === 'error' ? 'error' : 'loading'}
          error={editing.error}
          onRetry={editing.reload}
        />
      );
    return <ListingForm editing={editing.data} stationId={editing.data.stationId} />;
  }
  if (producerId) return <ListingForm producerId={producerId} stationId={stationId ?? ''} />;
  if (own.status !== 'ready')
    return (
      <StateView id='listing-form-state' status={own.status === 'error' ? 'error' : 'loading'} error={own.error} onRetry={own.reload} />
    );
  if (!own.data || own.data.status !== 'approved') {
    return (
      <StateView
        id='listing-form-state'
        status='empty'
        icon='农'
        title='还不能上架'
        description='请先在站点登记为农户，通过审核后就可以上架农产品。'
      />
    );
  }
  return <ListingForm stationId={own.data.stationId} />;
}

export default function ListingFormPage() {
  const { params } = useRouter();
  return (
    <SessionGate idPrefix='listing-form'>
      {() => <FormLoader id={params.id} producerId={params.producerId} stationId={params.stationId} />}
    </SessionGate>
  );
}
