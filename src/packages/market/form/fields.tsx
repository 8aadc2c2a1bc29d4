import type { Dispatch, SetStateAction } from 'react';
import { View } from '@tarojs/components';
import Chip from '@/components/chip';
import FormField from '@/components/form-field';
import TextField, { type TextFieldLines, type TextFieldType } from '@/components/text-field';
import { MARKET_LIMITS as L, type ListingCategory, type ListingUnit } from '@/contracts/market';

export type Draft = {
  name: string;
  description: string;
  category?: ListingCategory;
  unit?: ListingUnit;
  yuan: string;
  points: string;
  stock: string;
  originVillage: string;
};
type TextKey = 'name' | 'description' | 'yuan' | 'points' | 'stock' | 'originVillage';

/** A text field of the form: `id` after "listing-form-", `name` the server's field (its errors come by it). */
export type TextSpec = {
  key: TextKey;
  id: string;
  name: string;
  label: string;
  max: number;
  type?: TextFieldType;
  required?: boolean;
  hint?: string;
  lines?: TextFieldLines;
  counter?: boolean;
};

export const NAME_FIELD: TextSpec = {
  key: 'name',
  id: 'name',
  name: 'name',
  label: '商品名称',
  max: L.name,
  counter: true,
  required: true,
};

/** The fields under the photos and chips, in screen order; the price's label names the unit chosen. */
export const detailFields = (unit?: ListingUnit): TextSpec[] => [
  { key: 'yuan', id: 'yuan', name: 'priceFen', label: `价格（元/${unit ?? '单位'}）`, type: 'digit', max: 10, required: true },
  {
    key: 'points',
    id: 'points',
    name: 'pointsPrice',
    label: '积分价格（可不填）',
    type: 'number',
    max: 6,
    hint: '志愿者可以用爱心积分兑换',
  },
  { key: 'stock', id: 'stock', name: 'stock', label: '库存', type: 'number', max: 5, required: true },
  { key: 'originVillage', id: 'origin', name: 'originVillage', label: '产地（村）', max: L.originVillage, required: true },
  {
    key: 'description',
    id: 'description',
    name: 'description',
    label: '商品介绍',
    max: L.description,
    lines: 'tall',
    counter: true,
    required: true,
  },
];

export function DraftField(p: { spec: TextSpec; draft: Draft; onChange: (key: TextKey, v: string) => void; error?: string }) {
  const { spec: f } = p;
  return (
    <TextField
      id={`listing-form-${f.id}`}
      name={f.name}
      label={f.label}
      type={f.type}
      value={p.draft[f.key]}
      onChange={(v) => p.onChange(f.key, v)}
      max={f.max}
      hint={f.hint}
      lines={f.lines}
      counter={f.counter}
      required={f.required}
      error={p.error}
    />
  );
}

/** One of a few choices as chips (the category, the unit): ids "listing-form-<field>-<i>". */
export function ChoiceField<K extends 'category' | 'unit'>(p: {
  field: K;
  label: string;
  options: readonly NonNullable<Draft[K]>[];
  draft: Draft;
  setDraft: Dispatch<SetStateAction<Draft>>;
  error?: string;
}) {
  const { field } = p;
  return (
    <FormField name={field} label={p.label} required error={p.error}>
      <View className='market-form__chips'>
        {p.options.map((o, i) => (
          <Chip
            key={o}
            id={`listing-form-${field}-${i}`}
            selectable
            selected={p.draft[field] === o}
            onClick={() => p.setDraft((d) => ({ ...d, [field]: o }))}
          >
            {o}
          </Chip>
        ))}
      </View>
    </FormField>
  );
}
