import { Input, Text, Textarea } from '@tarojs/components';
import FormField from '../form-field';
import './index.scss';

export type TextFieldType = 'text' | 'number' | 'digit';
/** A text box: 'short' (a note) or 'tall' (a story). */
export type TextFieldLines = 'short' | 'tall';

export type TextFieldProps = {
  /** Id of the input; FormField's "field-<name>" / "error-<name>" go around it. */
  id: string;
  /** The field's name for its message ids; defaults to `id`. */
  name?: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  max: number;
  placeholder?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  type?: TextFieldType;
  /** A text box instead of a one-line input. */
  lines?: TextFieldLines;
  /** Shows "12/30" ("<id>-count") on the right of the message line. */
  counter?: boolean;
  /** The keyboard's 完成 / 搜索 key. */
  onConfirm?: () => void;
};

/** A labelled input (or text box) with its hint or message and, for free text, a character counter. */
export default function TextField(p: TextFieldProps) {
  const count = Array.from(p.value).length;
  const counter = p.counter ? (
    <Text id={`${p.id}-count`} className={`form-field__counter${count > p.max ? ' form-field__counter--over' : ''}`}>
      {`${count}/${p.max}`}
    </Text>
  ) : undefined;
  return (
    <FormField name={p.name ?? p.id} label={p.label} required={p.required} error={p.error} hint={p.hint} aside={counter}>
      {p.lines ? (
        <Textarea
          id={p.id}
          className={`form-field__input form-field__textarea form-field__textarea--${p.lines}`}
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
          onConfirm={p.onConfirm}
        />
      )}
    </FormField>
  );
}
