import type { ReactNode } from 'react';
import ActionButton from '../action-button';

type Common = {
  id: string;
  /** Busy text; ActionButton's 请稍候… unless told. */
  busyText?: string;
  disabled?: boolean;
  children: ReactNode;
};

/**
 * `act` is the action it starts (hooks/use-action): its busy flag shows `busyText`, and a tap runs it — or,
 * with `onTap`, does that instead (a check first, then the run).
 */
export type MainButtonProps = Common &
  ({ act: { busy: boolean; run: () => Promise<void> }; onTap?: undefined } | { act: { busy: boolean }; onTap: () => void });

/** A step's one big primary button (96px, full width), bound to the action it starts. */
export default function MainButton(p: MainButtonProps) {
  const { id, act, busyText, disabled, children } = p;
  const tap = p.onTap === undefined ? () => void p.act.run() : p.onTap;
  return (
    <ActionButton id={id} type='primary' size='large' loading={act.busy} loadingText={busyText} disabled={disabled} onClick={tap}>
      {children}
    </ActionButton>
  );
}
