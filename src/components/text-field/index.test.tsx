/** @jest-environment jsdom */
import { useState } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import TextField, { type TextFieldProps } from '.';

/** A field with its own state, as a form holds it. */
function Field(p: Omit<TextFieldProps, 'value' | 'onChange'> & { initial?: string; onChange?: (v: string) => void }) {
  const [value, setValue] = useState(p.initial ?? '');
  return (
    <TextField
      {...p}
      value={value}
      onChange={(v) => {
        setValue(v);
        p.onChange?.(v);
      }}
    />
  );
}

const count = (id: string) => document.getElementById(`${id}-count`);

describe('TextField', () => {
  it('shows the label, 必填 when required, and hands each typed value to the form', () => {
    const onChange = jest.fn();
    render(<Field id='wish-title' label='心愿标题' required max={30} onChange={onChange} />);
    expect(screen.getByText('心愿标题')).toBeTruthy();
    expect(screen.getByText('（必填）')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '收音机' } });
    expect(onChange).toHaveBeenLastCalledWith('收音机');
    expect((screen.getByRole('textbox') as HTMLInputElement).value).toBe('收音机');
  });

  it('counter: characters typed over the limit, counting a Chinese character or an emoji as one', () => {
    render(<Field id='wish-title' label='心愿标题' max={5} counter />);
    expect(count('wish-title')?.textContent).toBe('0/5');
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '想要收音机' } });
    expect(count('wish-title')?.textContent).toBe('5/5');
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '收音机👍' } });
    expect(count('wish-title')?.textContent).toBe('4/5');
  });

  it('counter: over the limit it is marked as over (pasted text can be longer than the box allows)', () => {
    render(<Field id='wish-title' label='心愿标题' max={5} counter initial='想要一台收音机' />);
    expect(count('wish-title')?.textContent).toBe('7/5');
    expect(count('wish-title')?.className).toContain('form-field__counter--over');
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '收音机' } });
    expect(count('wish-title')?.className).not.toContain('--over');
  });

  it('no counter unless asked for', () => {
    render(<Field id='wish-note' label='备注' max={5} />);
    expect(count('wish-note')).toBeNull();
  });

  it('the box keeps the limit the server checks', () => {
    render(<Field id='wish-title' label='心愿标题' max={30} />);
    expect((screen.getByRole('textbox') as HTMLInputElement).maxLength).toBe(30);
  });

  it('the message replaces the hint, under the field it belongs to', () => {
    const { rerender } = render(<TextField id='phone' label='手机号' value='' onChange={() => undefined} max={11} hint='11位手机号码' />);
    expect(screen.getByText('11位手机号码')).toBeTruthy();
    expect(document.getElementById('error-phone')).toBeNull();

    rerender(<TextField id='phone' label='手机号' value='' onChange={() => undefined} max={11} hint='11位手机号码' error='请填写手机号' />);
    expect(screen.queryByText('11位手机号码')).toBeNull();
    expect(document.getElementById('error-phone')?.textContent).toBe('请填写手机号');
    expect(document.getElementById('field-phone')?.contains(document.getElementById('error-phone'))).toBe(true);
  });

  it('name: the message ids follow the field name, not the input id', () => {
    render(
      <TextField id='wish-form-phone' name='phone' label='手机号' value='' onChange={() => undefined} max={11} error='请填写手机号' />,
    );
    expect(document.getElementById('error-phone')?.textContent).toBe('请填写手机号');
    expect(document.getElementById('wish-form-phone')).toBeTruthy();
  });

  it('lines: a text box instead of a one-line input', () => {
    render(<Field id='wish-story' label='心愿故事' max={300} lines='tall' counter />);
    const box = screen.getByRole('textbox');
    expect(box.tagName).toBe('TEXTAREA');
    fireEvent.change(box, { target: { value: '家里的收音机坏了' } });
    expect(count('wish-story')?.textContent).toBe('8/300');
  });

  it('the keyboard 完成 key confirms', () => {
    const onConfirm = jest.fn();
    render(<Field id='search' label='搜索' max={20} onConfirm={onConfirm} />);
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Enter' });
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
