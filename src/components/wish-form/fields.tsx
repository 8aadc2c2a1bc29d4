import { Input, Text, Textarea, View } from '@tarojs/components';
import FormField from '../form-field';

type TextFieldProps = {
  /** Element ids: "<id>" on the control, FormField's "field-<id>" / "error-<id>" around it. */
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  max: number;
  placeholder?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  multiline?: boolean;
  type?: 'text' | 'number' | 'digit';
  /** Show "12/30" under the field. */
  counter?: boolean;
};

/** A labelled input or textarea with its message, a hint at body size and, for free text, a character counter. */
export function TextField(p: TextFieldProps) {
  const count = Array.from(p.value).length;
  return (
    <FormField name={p.id} label={p.label} required={p.required} error={p.error}>
      {p.multiline ? (
        <Textarea
          id={p.id}
          className='form-field__input wish-form__textarea'
          value={p.value}
          maxlength={p.max}
          placeholder={p.placeholder}
          onInput={(e) => p.onChange(e.detail.value)}
        />
      ) : (
        <Input
          id={p.id}
          className='form-field__input'
          type={p.type ?? 'text'}
          value={p.value}
          maxlength={p.max}
          placeholder={p.placeholder}
          onInput={(e) => p.onChange(e.detail.value)}
        />
      )}
      {p.counter || (p.hint && !p.error) ? (
        <View className='wish-form__counter-row'>
          <Text className='wish-form__hint'>{p.error ? '' : (p.hint ?? '')}</Text>
          {p.counter ? (
            <Text id={`${p.id}-count`} className={`wish-form__counter${count > p.max ? ' wish-form__counter--over' : ''}`}>
              {`${count}/${p.max}`}
            </Text>
          ) : null}
        </View>
      ) : null}
    </FormField>
  );
}
