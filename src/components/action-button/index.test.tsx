/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import ActionButton from '.';

describe('ActionButton', () => {
  it('a tap runs the action', () => {
    const onClick = jest.fn();
    render(<ActionButton onClick={onClick}>提交</ActionButton>);
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('disabled: shown disabled and a tap does nothing', () => {
    const onClick = jest.fn();
    render(
      <ActionButton disabled onClick={onClick}>
        提交
      </ActionButton>,
    );
    const button = screen.getByRole('button', { name: '提交' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('loading: the busy text instead of the label, disabled, so a second tap cannot submit twice', () => {
    const onClick = jest.fn();
    const { rerender } = render(
      <ActionButton loading loadingText='正在提交…' onClick={onClick}>
        提交
      </ActionButton>,
    );
    const button = screen.getByRole('button') as HTMLButtonElement;
    expect(button.textContent).toBe('正在提交…');
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();

    rerender(
      <ActionButton loading={false} loadingText='正在提交…' onClick={onClick}>
        提交
      </ActionButton>,
    );
    expect(button.textContent).toBe('提交');
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('loading without its own text says 请稍候…', () => {
    render(<ActionButton loading>提交</ActionButton>);
    expect(screen.getByRole('button').textContent).toBe('请稍候…');
  });
});
