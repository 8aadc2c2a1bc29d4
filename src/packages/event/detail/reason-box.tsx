import { useState } from 'react';
import { View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import TextField from '@/components/text-field';
import { EVENT_LIMITS } from '@/contracts/event';

type Props = { id: string; label: string; confirm: string; onSubmit: (reason: string) => Promise<void> | void; onCancel: () => void };

/** A reason the people affected will read, before a cancel or a removal. */
export default function ReasonBox({ id, label, confirm, onSubmit, onCancel }: Props) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  return (
    <View id={id} className='event-detail__reason'>
      <TextField
        id={`${id}-reason`}
        label={label}
        value={reason}
        onChange={setReason}
        max={EVENT_LIMITS.reason}
        error={error}
        required
        counter
      />
      <View className='page__actions'>
        <ActionButton
          id={`${id}-btn-confirm`}
          type='danger'
          onClick={() => {
            if (!reason.trim()) return setError(`请填写${label}`);
            setError(undefined);
            void onSubmit(reason.trim());
          }}
        >
          {confirm}
        </ActionButton>
        <ActionButton id={`${id}-btn-back`} type='plain' onClick={onCancel}>
          再想想
        </ActionButton>
      </View>
    </View>
  );
}
