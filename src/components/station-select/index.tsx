import { Text, View } from '@tarojs/components';
import { openStationPicker, type StationPickerMode } from '@/services/nav';
import './index.scss';

export type StationSelectProps = {
  /** Ids: "<idPrefix>-btn-station" (the tappable box), "<idPrefix>-station-name" (the station's name in it). */
  idPrefix: string;
  /** The chosen station's name; nothing chosen yet: the placeholder shows. */
  name?: string;
  placeholder: string;
  /** The station picker a tap opens: 'pick' answers this form, 'home' sets the user's own station. */
  picker: StationPickerMode;
};

/** The chosen station in a form, as one big box: its name and 更换 › (or the placeholder and 选择 ›); a tap opens the picker. */
export default function StationSelect({ idPrefix, name, placeholder, picker }: StationSelectProps) {
  return (
    <View
      id={`${idPrefix}-btn-station`}
      className={`station-select${name ? '' : ' station-select--empty'}`}
      hoverClass='station-select--hover'
      onClick={() => openStationPicker(picker)}
    >
      <Text id={`${idPrefix}-station-name`} className='station-select__name'>
        {name ?? placeholder}
      </Text>
      <Text className='station-select__action'>{name ? '更换 ›' : '选择 ›'}</Text>
    </View>
  );
}
