import { Image, Text, View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import { gatedPage } from '@/components/gated-page';
import QrCode from '@/components/qr-code';
import StateView from '@/components/state-view';
import type { RecordSheetView } from '@/contracts/service-records';
import { useResource } from '@/hooks/use-resource';
import { STAR_LABELS, attendanceApi, hoursText, openAttendance, verifyLink } from '@/services/attendance';
import { IS_H5 } from '@/services/env';
import { formatDate } from '@/services/format';
import { clockText } from '@/services/event';
import { photoSrc } from '@/services/upload';
import './index.scss';

/** The stations the sheet's records were served at: each can issue a 志愿服务证明 of its own records. */
function stationsOf(sheet: RecordSheetView): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const r of sheet.records) seen.set(r.stationId, r.stationName);
  return [...seen].map(([id, name]) => ({ id, name }));
}

function Sheet({ sheet, stationId }: { sheet: RecordSheetView; stationId: string }) {
  const issuer = sheet.issuer;
  return (
    <View id='attendance-sheet' className='page record-sheet' data-kind={sheet.kind}>
      <View className='record-sheet__paper'>
        <Text id='attendance-sheet-title' className='record-sheet__title'>
          {sheet.title}
        </Text>
        <Text className='record-sheet__line'>{`志愿者：${sheet.volunteerName}　志愿者编号：${sheet.volunteerNumber}`}</Text>
        <Text id='attendance-sheet-total' className='record-sheet__line' data-hours={sheet.totalHours}>
          {`累计服务时长：${hoursText(sheet.totalHours)}　服务记录：${sheet.recordCount} 条　星级：${STAR_LABELS[sheet.star]}`}
        </Text>
        <View className='record-sheet__table'>
          <View className='record-sheet__tr record-sheet__tr--head'>
            <Text className='record-sheet__td record-sheet__td--wide'>服务项目</Text>
            <Text className='record-sheet__td'>日期</Text>
            <Text className='record-sheet__td'>时长</Text>
          </View>
          {sheet.records.map((r) => (
            <View key={r.id} id={`attendance-sheet-record-${r.id}`} className='record-sheet__tr' data-hours={r.hours}>
              <View className='record-sheet__td record-sheet__td--wide'>
                <Text className='record-sheet__strong'>{r.eventTitle}</Text>
                <Text className='record-sheet__small'>{`${clockText(r.slotStart)}–${clockText(r.slotEnd)} · ${r.place}`}</Text>
                <Text className='record-sheet__small'>
                  {`${r.content} · ${r.teamName ? `${r.teamName} · ` : ''}${r.stationName} · 确认人 ${r.confirmedByName}${r.manual ? ' · 手工录入' : ''}`}
                </Text>
              </View>
              <Text className='record-sheet__td'>{r.date}</Text>
              <Text className='record-sheet__td'>{hoursText(r.hours)}</Text>
            </View>
          ))}
        </View>
        {sheet.records.length === 0 ? <Text className='record-sheet__line'>暂无已确认的服务记录。</Text> : null}
        {issuer ? (
          <View id='attendance-sheet-issuer' className='record-sheet__issuer'>
            <Text className='record-sheet__line'>{`出具单位：${issuer.stationName}`}</Text>
            <Text className='record-sheet__line'>{`负责人：${issuer.head}　经办人：${issuer.handler}　电话：${issuer.phone}`}</Text>
            <Image className='record-sheet__seal' src={photoSrc(issuer.sealFileId) ?? ''} mode='aspectFit' />
          </View>
        ) : null}
        <View className='record-sheet__verify'>
          <QrCode text={verifyLink(sheet.verifyPath)} size='small' label='验证二维码' />
          <View className='record-sheet__verify-text'>
            <Text className='record-sheet__small'>验证编号</Text>
            <Text id='attendance-sheet-number' className='record-sheet__number' data-number={sheet.number}>
              {sheet.number}
            </Text>
            <Text className='record-sheet__small'>{`扫码或在「服务记录验证」页输入编号核验。出具日期：${formatDate(sheet.issuedAt)}`}</Text>
          </View>
        </View>
      </View>
      <View className='page__actions record-sheet__no-print'>
        {IS_H5 ? (
          <ActionButton id='attendance-sheet-btn-print' type='primary' onClick={() => window.print()}>
            打印
          </ActionButton>
        ) : (
          <Text className='page__text'>可以截屏保存，或给需要的单位出示。</Text>
        )}
        <ActionButton id='attendance-sheet-btn-verify' type='secondary' onClick={() => openAttendance('verify', { number: sheet.number })}>
          查看验证结果
        </ActionButton>
        {!stationId
          ? stationsOf(sheet).map((s) => (
              <ActionButton
                key={s.id}
                id={`attendance-sheet-btn-station-${s.id}`}
                type='plain'
                onClick={() => openAttendance('sheet', { stationId: s.id })}
              >
                {`只看${s.name}的记录（有公章时为证明）`}
              </ActionButton>
            ))
          : null}
      </View>
    </View>
  );
}

function SheetLoader({ stationId }: { stationId: string }) {
  const res = useResource(() => attendanceApi.recordSheet(stationId ? { stationId } : {}), [stationId]);
  if (res.data) return <Sheet sheet={res.data} stationId={stationId} />;
  if (res.status === 'error') {
    return (
      <StateView id='attendance-sheet-state' status='error' error={res.error} onRetry={res.reload} retryId='attendance-sheet-btn-retry' />
    );
  }
  return <StateView id='attendance-sheet-state' status='loading' title='正在生成服务记录表…' />;
}

/**
 * The record sheet (?stationId=… for one station's records): a page that prints well. It is titled 志愿服务证明,
 * with the issuer and seal, only when the server says the station issues one; otherwise 志愿服务记录.
 */
export default gatedPage('attendance-sheet-page', (_, query) => <SheetLoader stationId={query('stationId')} />);
