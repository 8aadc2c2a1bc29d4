import { View } from '@tarojs/components';
import './index.scss';

export type TabOption<T extends string> = { value: T; label: string; /** Element id of the tab. */ id: string };

export type TabsProps<T extends string> = {
  value: T;
  onChange: (v: T) => void;
} & (
  | { id?: string; options: TabOption<T>[] }
  /** The tabs from labels by value, in their order: ids "<idPrefix>-tabs" and "<idPrefix>-tab-<value>". */
  | { idPrefix: string; labels: Record<T, string> }
);

function optionsOf<T extends string>(p: TabsProps<T>): { id?: string; options: TabOption<T>[] } {
  if ('options' in p) return p;
  const keys = Object.keys(p.labels) as T[];
  return { id: `${p.idPrefix}-tabs`, options: keys.map((value) => ({ value, label: p.labels[value], id: `${p.idPrefix}-tab-${value}` })) };
}

/** Two or three views of one page side by side, as a strip of big tabs; the current one underlined. */
export default function Tabs<T extends string>(p: TabsProps<T>) {
  const { value, onChange } = p;
  const { id, options } = optionsOf(p);
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
