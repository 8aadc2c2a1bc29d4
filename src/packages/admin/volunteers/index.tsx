import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import Card from '@/components/card';
import Chip from '@/components/chip';
import PagedListView from '@/components/paged-list-view';
import SessionGate from '@/components/session-gate';
import TextField from '@/components/text-field';
import { VOLUNTEER_REJECT_REASONS, type PendingVolunteerView } from '@/contracts/user';
import { useReviewQueue } from '@/hooks/use-review-queue';
import { formatDate } from '@/services/format';
import { userApi } from '@/services/user';
import '../admin.scss';

type Decided = { approved: boolean; note?: string };

/** 通过, or 不通过 with a preset reason (or one's own): the volunteer reads it on 我的. */
function Decide({ v, onDone }: { v: PendingVolunteerView; onDone: (d: Decided) => void }) {
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const id = `volunteer-${v.id}`;

  async function decide(approve: boolean) {
    if (busy) return;
    const why = note.trim();
    if (!approve && !why) return setError('请选择或填写不通过的原因，对方会看到');
    setBusy(true);
    const r = await userApi.reviewVolunteer({ userId: v.id, approve, ...(approve || !why ? {} : { note: why }) });
    setBusy(false);
    if (!r.ok) return setError(r.message);
    onDone({ approved: approve, note: approve ? undefined : why });
  }

  return (
    <View>
      {rejecting ? (
        <View>
          <View className='chip-group'>
            {VOLUNTEER_REJECT_REASONS.map((r, i) => (
              <Chip key={r} id={`${id}-reason-${i}`} selectable selected={note === r} onClick={() => setNote(r)}>
                {r}
              </Chip>
            ))}
          </View>
          <TextField id={`${id}-note`} label='不通过的原因（对方会看到）' max={200} value={note} onChange={setNote} />
        </View>
      ) : null}
      <View className='page__actions'>
        {rejecting ? (
          <ActionButton id={`${id}-btn-reject-confirm`} type='danger' loading={busy} loadingText='正在提交…' onClick={() => decide(false)}>
            确认不通过
          </ActionButton>
        ) : (
          <ActionButton id={`${id}-btn-reject`} type='danger' disabled={busy} onClick={() => setRejecting(true)}>
            不通过
          </ActionButton>
        )}
        {rejecting ? null : (
          <ActionButton id={`${id}-btn-approve`} type='primary' loading={busy} loadingText='正在提交…' onClick={() => decide(true)}>
            通过
          </ActionButton>
        )}
      </View>
      {error ? (
        <Text id={`${id}-error`} className='form-field__error'>
          {error}
        </Text>
      ) : null}
    </View>
  );
}

function Queue() {
  const { list, decided, decide } = useReviewQueue<PendingVolunteerView, Decided>((cursor, limit) =>
    userApi.volunteerQueue({ cursor, limit }),
  );
  return (
    <View className='page workbench'>
      <Text className='page__lead'>这些居民在您负责的站点注册了志愿者，站点要求人工审核。核对姓名和电话后通过；不通过要说明原因。</Text>
      <PagedListView
        list={list}
        idPrefix='volunteers'
        empty={{ icon: '🙌', title: '没有等待审核的志愿者', text: '有人在需要审核的站点注册志愿者后，会出现在这里。' }}
      >
        {(v) => {
          const d = decided[v.id];
          return (
            <Card key={v.id} id={`volunteer-card-${v.id}`} title={v.realName}>
              <Text className='workbench__meta'>{`电话：${v.phone}`}</Text>
              <Text className='workbench__meta'>{`站点：${v.stationName}`}</Text>
              <Text className='workbench__meta'>{`特长：${v.skills.join('、') || '未填写'}`}</Text>
              <Text className='workbench__meta'>{`注册时间：${formatDate(v.registeredAt)}`}</Text>
              {d ? (
                <Text id={`volunteer-result-${v.id}`} className={`workbench__result${d.approved ? '' : ' workbench__result--rejected'}`}>
                  {d.approved ? '已通过，对方现在是志愿者了' : `已退回：${d.note ?? ''}`}
                </Text>
              ) : (
                <Decide v={v} onDone={decide(v.id)} />
              )}
            </Card>
          );
        }}
      </PagedListView>
    </View>
  );
}

/** 审核志愿者: registrations waiting at the stations of the caller's area. */
export default function VolunteerQueuePage() {
  return <SessionGate idPrefix='volunteers-page'>{() => <Queue />}</SessionGate>;
}
