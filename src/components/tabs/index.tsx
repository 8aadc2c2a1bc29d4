import { View } from '@tarojs/components';
import './index.scss';

export type TabOption<T extends string> = { value: T; label: string; /** Element id of the tab. */ id: string };

export type TabsProps<T extends string> = {
  id?: string;
  options: TabOption<T>[];
  value: T;
  onChange: (v: T) => void;
};

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
