/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { useFormFields } from '@/hooks/use-form-fields';

type Values = { name: string; phone: string; noPhone: boolean };
type Field = 'name' | 'phone';
const initial: Values = { name: '', phone: '', noPhone: false };

describe('useFormFields', () => {
  it('starts from the initial values (or the function that makes them) with no messages', () => {
    const make = jest.fn(() => ({ ...initial, name: '张桂兰' }));
    const { result, rerender } = renderHook(() => useFormFields<Values, Field>(make));
    rerender();
    expect(result.current.values).toEqual({ name: '张桂兰', phone: '', noPhone: false });
    expect(result.current.errors).toEqual({});
    expect(make).toHaveBeenCalledTimes(1);
  });

  it("set(key) stores the value and clears that field's message, and only that one", () => {
    const { result } = renderHook(() => useFormFields<Values, Field>(initial));
    act(() => result.current.setErrors({ name: '请填写姓名', phone: '请填写手机号' }));
    act(() => result.current.set('name')('张桂兰'));
    expect(result.current.values.name).toBe('张桂兰');
    expect(result.current.errors.name).toBeUndefined();
    expect(result.current.errors.phone).toBe('请填写手机号');
  });

  it('set(key, field): a value whose message shows under another field clears that field', () => {
    const { result } = renderHook(() => useFormFields<Values, Field>(initial));
    act(() => result.current.setErrors({ name: '请填写姓名', phone: '请填写手机号' }));
    act(() => result.current.set('noPhone', 'phone')(true));
    expect(result.current.values.noPhone).toBe(true);
    expect(result.current.errors).toEqual({ name: '请填写姓名', phone: undefined });
  });

  it('values set one after another in the same tick all stay (each change builds on the last)', () => {
    const { result } = renderHook(() => useFormFields<Values, Field>(initial));
    act(() => {
      result.current.set('name')('张桂兰');
      result.current.set('phone')('13800000000');
    });
    expect(result.current.values).toEqual({ name: '张桂兰', phone: '13800000000', noPhone: false });
  });

  it('clear(field) removes one message; clearing a field without one changes nothing', () => {
    const { result } = renderHook(() => useFormFields<Values, Field>(initial));
    act(() => result.current.setErrors({ phone: '请填写手机号' }));
    const before = result.current.errors;
    act(() => result.current.clear('name'));
    expect(result.current.errors).toBe(before);
    act(() => result.current.clear('phone'));
    expect(result.current.errors.phone).toBeUndefined();
  });

  it('field(key): the value, a change handler that stores it and clears its message, and the message', () => {
    const { result } = renderHook(() => useFormFields<Values, Field>(initial));
    act(() => result.current.setErrors({ name: '请填写姓名', phone: '请填写手机号' }));
    expect(result.current.field('phone')).toMatchObject({ value: '', error: '请填写手机号' });
    act(() => result.current.field('phone').onChange('13800000000'));
    expect(result.current.field('phone')).toEqual({ value: '13800000000', onChange: expect.any(Function), error: undefined });
    expect(result.current.errors.name).toBe('请填写姓名');
  });

  it('the change handlers stay the same between renders (inputs do not re-render for nothing)', () => {
    const { result, rerender } = renderHook(() => useFormFields<Values, Field>(initial));
    const { set, clear } = result.current;
    act(() => result.current.set('name')('张'));
    rerender();
    expect(result.current.set).toBe(set);
    expect(result.current.clear).toBe(clear);
  });
});
