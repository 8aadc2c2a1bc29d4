import { useState } from 'react';
import { View } from '@tarojs/components';
import TextField from '../text-field';

/** A refusal that needs a reason, in two taps: the first shows the field, the next one sends. */
export type ReasonStep = {
  open: boolean;
  reason: string;
  setReason: (v: string) => void;
  /** True when the field is already open (send now); otherwise opens it and answers false. */
  ask: () => boolean;
  /** Hides the field again (the refusal went through). */
  close: () => void;
};

export function useReasonStep(): ReasonStep {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  return {
    open,
    reason,
    setReason,
    ask: () => {
      if (!open) setOpen(true);
      return open;
    },
    close: () => setOpen(false),
  };
}

export type ReasonFieldProps = {
  step: ReasonStep;
  /** The input's id (the e2e tests type into it). */
  id: string;
  /** Says who reads the reason, e.g. 退款原因（买家能看到）. */
  label: string;
  max: number;
  /** Class of the block around the field (the page's spacing). */
  className: string;
};

/** The required short reason of an open ReasonStep (a review's 不通过, an order's 退款); nothing while it is closed. */
export default function ReasonField({ step, className, ...field }: ReasonFieldProps) {
  if (!step.open) return null;
  return (
    <View className={className}>
      <TextField {...field} value={step.reason} onChange={step.setReason} lines='short' required />
    </View>
  );
}
