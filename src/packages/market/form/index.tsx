import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import FormField from '@/components/form-field';
import { gatedPage } from '@/components/gated-page';
import ResourceState from '@/components/resource-state';
import SubmitBar from '@/components/submit-bar';
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
import { photoSrc } from '@/services/photo-src';
import ApprovedProducer from '../approved-producer';
import { ChoiceField, DraftField, NAME_FIELD, detailFields, type Draft } from './fields';
import '../market.scss';

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
  const set = (k: keyof Draft, v: string) => setD((old) => ({ ...old, [k]: v }));

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
      <DraftField spec={NAME_FIELD} draft={d} onChange={set} error={errors.name} />
      <FormField name='photos' label={`商品图片（1到${L.photosMax}张）`} required error={errors.photos}>
        <WishPhotos idPrefix='listing-form-upload' items={photos} setItems={setPhotos} max={L.photosMax} />
      </FormField>
      <ChoiceField field='category' label='类别' options={LISTING_CATEGORIES} draft={d} setDraft={setD} error={errors.category} />
      <ChoiceField field='unit' label='计量单位' options={LISTING_UNITS} draft={d} setDraft={setD} error={errors.unit} />
      {detailFields(d.unit).map((f) => (
        <DraftField key={f.key} spec={f} draft={d} onChange={set} error={errors[f.name]} />
      ))}
      <SubmitBar errorId='listing-form-error' error={banner}>
        <ActionButton id='listing-form-btn-submit' type='primary' size='large' loading={busy} onClick={() => void submit()}>
          {editing ? '保存修改' : '提交审核'}
        </ActionButton>
      </SubmitBar>
    </View>
  );
}

/** New listing (the producer's own, or `producerId` + `stationId` when staff list on a villager's behalf) or `id` to edit. */
function FormLoader({ id, producerId, stationId }: { id?: string; producerId?: string; stationId?: string }) {
  const editing = useResource(() => marketApi.detail({ id: id ?? '' }), [id], !!id);
  const own = useResource(() => marketApi.myProducer(), [], !id && !producerId);
  if (id) {
    if (!editing.data) return <ResourceState id='listing-form-state' resource={editing} />;
    return <ListingForm editing={editing.data} stationId={editing.data.stationId} />;
  }
  if (producerId) return <ListingForm producerId={producerId} stationId={stationId ?? ''} />;
  return (
    <ApprovedProducer id='listing-form-state' me={own} title='还不能上架' description='请先在站点登记为农户，通过审核后就可以上架农产品。'>
      {(p) => <ListingForm stationId={p.stationId} />}
    </ApprovedProducer>
  );
}

export default gatedPage('listing-form', (_, query) => (
  <FormLoader id={query('id')} producerId={query('producerId')} stationId={query('stationId')} />
));
