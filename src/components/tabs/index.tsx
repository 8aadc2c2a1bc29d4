import { View } from '@tarojs/components';
import './index.scss';

export type TabOption<T extends string> = { value: T; label: string; /** Element id of the tab. */ id: string };

export type TabsProps<T extends string> = {
  id?: string;
  options: TabOption<T>[];
  value: T;
  onChange: (v: T) => void;
};

/** Options from labels by value, in their order; each tab's id is "<idPrefix>-<value>". */
export function tabOptions<T extends string>(idPrefix: string, labels: Record<T, string>): TabOption<T>[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value], id: `${idPrefix}-${value}` }));
}

/** Two or three views of one page side by side, as a strip of big tabs; the current one underlined. */
export default function Tabs<T extends string>({ id, options, value, onChange }: TabsProps<T>) {
  return (
    <View id={id} className='tabs'>
      {options.map((o) => (
        <View key={o.value} id={o.id} className={`tabs__tab${o.value === value ? ' tabs__tab--on' : ''}`} onClick={() => onChange(o.value)}>
          {o.label}
        </View>
      ))}
    </View>
  );
}
