import TextField, { type TextFieldProps } from '../text-field';

/** One input of a form's table: what differs between its fields (label, size, type, hint). */
export type TextFieldRow<K extends string> = Omit<TextFieldProps, 'id' | 'value' | 'onChange' | 'error'> & {
  /** The draft's key. */
  key: K;
  /** The input's id is "<idPrefix>-<id>"; defaults to the key. */
  id?: string;
  /** The key of the server's message for it (a `fields` path such as "location.lat"); defaults to the key. */
  error?: string;
};

export type TextFieldsProps<K extends string> = {
  idPrefix: string;
  rows: TextFieldRow<K>[];
  values: Record<K, string>;
  /** `set(key)` → the change handler of that key. */
  set: (key: K) => (v: string) => void;
  errors: Partial<Record<string, string>>;
};

/** A form's text inputs from one table, each tied to its draft value and its message the same way. */
export default function TextFields<K extends string>({ idPrefix, rows, values, set, errors }: TextFieldsProps<K>) {
  return (
    <>
      {rows.map(({ key, id, error, ...row }) => (
        <TextField
          key={key}
          {...row}
          id={`${idPrefix}-${id ?? key}`}
          value={values[key]}
          onChange={set(key)}
          error={errors[error ?? key]}
        />
      ))}
    </>
  );
}
