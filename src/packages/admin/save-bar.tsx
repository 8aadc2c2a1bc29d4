import { View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import ErrorLine from '@/components/error-line';

export type SaveBarProps = {
  /** Ids "<idPrefix>-error" and "<idPrefix>-btn-save". */
  idPrefix: string;
  /** The server's message when it refused the whole form (field messages show under their fields). */
  error?: string;
  busy: boolean;
  label: string;
  size?: 'large';
  onSave: () => void;
};

/** An admin form's foot: why the last save was refused, and the save button. */
export default function SaveBar({ idPrefix, error, busy, label, size, onSave }: SaveBarProps) {
  return (
    <>
      <ErrorLine id={`${idPrefix}-error`} className='form-field__error' text={error} />
      <View className='page__actions'>
        <ActionButton id={`${idPrefix}-btn-save`} type='primary' size={size} loading={busy} loadingText='正在保存…' onClick={onSave}>
          {label}
        </ActionButton>
      </View>
    </>
  );
}
