/**
 * `@tarojs/components` for unit tests in jsdom (jest.config.js maps the import here): each Taro component renders
 * as the DOM element the H5 build shows, with Taro's event shapes (`onInput(e)` with `e.detail.value`, `onConfirm`
 * on the Enter key). Mini-program-only props (hoverClass, openType, catchMove, mode …) are dropped.
 */
import { createElement, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';

type Detail = { detail: { value: string } };
type Common = {
  id?: string;
  className?: string;
  style?: CSSProperties | string;
  children?: ReactNode;
  onClick?: (e: unknown) => void;
  [prop: string]: unknown;
};

/** The props a DOM element understands: id, class, style, click, data-* and aria-*. */
function domProps({ id, className, style, onClick, ...rest }: Common): Record<string, unknown> {
  const out: Record<string, unknown> = { id, className, onClick };
  if (style && typeof style === 'object') out.style = style;
  for (const [k, v] of Object.entries(rest)) if (k.startsWith('data-') || k.startsWith('aria-')) out[k] = v;
  return out;
}

function host(tag: string) {
  const Component = (p: Common) => createElement(tag, domProps(p), p.children);
  Component.displayName = tag;
  return Component;
}

export const View = host('div');
export const Text = host('span');
export const ScrollView = host('div');
/** Shows its children (the current value); choosing a value is not simulated. */
export const Picker = host('div');

type FieldProps = Common & {
  value?: string;
  placeholder?: string;
  maxlength?: number;
  disabled?: boolean;
  type?: 'text' | 'number' | 'digit' | 'idcard' | 'safe-password' | 'nickname';
  password?: boolean;
  onInput?: (e: Detail) => unknown;
  onConfirm?: (e: Detail) => void;
  onFocus?: (e: Detail) => void;
  onBlur?: (e: Detail) => void;
};

function fieldProps(p: FieldProps): Record<string, unknown> {
  const detail = (value: string): Detail => ({ detail: { value } });
  return {
    ...domProps(p),
    value: p.value ?? '',
    placeholder: p.placeholder,
    // Taro's maxlength: -1 means no limit.
    maxLength: p.maxlength !== undefined && p.maxlength >= 0 ? p.maxlength : undefined,
    disabled: p.disabled,
    onChange: (e: { target: { value: string } }) => p.onInput?.(detail(e.target.value)),
    onKeyDown: (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (e.key === 'Enter') p.onConfirm?.(detail(e.currentTarget.value));
    },
    onFocus: (e: { target: { value: string } }) => p.onFocus?.(detail(e.target.value)),
    onBlur: (e: { target: { value: string } }) => p.onBlur?.(detail(e.target.value)),
  };
}

export function Input(p: FieldProps) {
  const type = p.password ? 'password' : 'text';
  const inputMode = p.type === 'number' ? 'numeric' : p.type === 'digit' ? 'decimal' : undefined;
  return createElement('input', { ...fieldProps(p), type, inputMode });
}

export function Textarea(p: FieldProps) {
  return createElement('textarea', fieldProps(p));
}

export function Button(p: Common & { disabled?: boolean }) {
  // A disabled <button> gets no clicks, as a disabled Taro Button gets no taps.
  return createElement('button', { ...domProps(p), type: 'button', disabled: p.disabled }, p.children);
}

export function Image(p: Common & { src?: string }) {
  return createElement('img', { ...domProps(p), src: p.src, alt: '' });
}
