import { useCallback, useState } from 'react';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export type FormFields<V, F extends string> = {
  values: V;
  /** `set('phone')` → a change handler that stores the value and clears the field's message. */
  set: <K extends keyof V>(key: K, field?: F) => (value: V[K]) => void;
  errors: FieldErrors<F>;
  setErrors: (errors: FieldErrors<F>) => void;
  /** Clears one field's message (e.g. when its value changed some other way). */
  clear: (field: F) => void;
  /** `field('phone')` → what a text field takes for it: the value, its change handler (set) and its message. */
  field: <K extends keyof V & F>(key: K) => { value: V[K]; onChange: (value: V[K]) => void; error?: string };
};

/**
 * A form's values and its messages under the fields: changing a value clears that field's message. By default
 * a value's key is also its field; pass `field` when a value shows its message elsewhere (noPhone → phone).
 */
export function useFormFields<V extends object, F extends string = Extract<keyof V, string>>(initial: V | (() => V)): FormFields<V, F> {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const clear = useCallback((f: F) => setErrors((e) => (e[f] ? { ...e, [f]: undefined } : e)), []);
  const set = useCallback(
    <K extends keyof V>(key: K, field?: F) =>
      (value: V[K]) => {
        setValues((old) => ({ ...old, [key]: value }));
        clear(field ?? (key as unknown as F));
      },
    [clear],
  );
  const field = <K extends keyof V & F>(key: K) => ({ value: values[key], onChange: set(key), error: errors[key] });
  return { values, set, errors, setErrors, clear, field };
}
