import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './index.scss';

export type FormFieldProps = {
  /** Field name: the error text gets id "error-<name>". */
  name: string;
  label: string;
  required?: boolean;
  /** A hint under the input while there is no error. */
  hint?: string;
  /** The validation message, shown right under the field in red. */
  error?: string;
  /** On the right of the message line, e.g. a "12/30" counter. */
  aside?: ReactNode;
  children: ReactNode;
};

/** Label, control, and the message that belongs to it. */
export default function FormField({ name, label, required = false, hint, error, aside, children }: FormFieldProps) {
  const message = error ? (
    <Text id={`error-${name}`} className='form-field__error'>
      {error}
    </Text>
  ) : hint ? (
    <Text className='form-field__hint'>{hint}</Text>
  ) : null;
  return (
    <View id={`field-${name}`} className={`form-field${error ? ' form-field--error' : ''}`}>
      <View className='form-field__label'>
        <Text>{label}</Text>
        {required ? <Text className='form-field__required'>（必填）</Text> : null}
      </View>
      <View className='form-field__control'>{children}</View>
      {aside ? (
        <View className='form-field__foot'>
          {message ?? <View className='form-field__hint' />}
          <View className='form-field__aside'>{aside}</View>
        </View>
      ) : (
        message
      )}
    </View>
  );
}
