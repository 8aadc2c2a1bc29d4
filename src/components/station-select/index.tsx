import { Text, View } from '@tarojs/components';
import './index.scss';

export type StationSelectProps = {
  /** Id of the tappable box. */
  id: string;
  /** Id of the station's name in it. */
  nameId: string;
  /** The chosen station's name; nothing chosen yet: the placeholder shows. */
  name?: string;
  placeholder: string;
  onClick: () => void;
};

/** The chosen station in a form, as one big box: its name and 更换 › (or the placeholder and 选择 ›). */
export default function StationSelect({ id, nameId, name, placeholder, onClick }: StationSelectProps) {
  return (
    <View id={id} className={`station-select${name ? '' : ' station-select--empty'}`} hoverClass='station-select--hover' onClick={onClick}>
      <Text id={nameId} className='station-select__name'>
        {name ?? placeholder}
      </Text>
      <Text className='station-select__action'>{name ? '更换 ›' : '选择 ›'}</Text>
    </View>
  );
}
