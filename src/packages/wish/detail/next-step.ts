import type { WishView, WishViewAction } from '@/contracts/wish';
import { formatWhen } from '@/services/wish';

/** What happens next and who does it, in plain words, for whoever reads the wish. */
export type NextStep = { who: string; text: string };

const by = (w: WishView) => w.claimerName ?? '认领人';

/** The words follow the view: who the reader is (`viewer`) and what the server lets them do (`actions`). */
export function nextStep(w: WishView): NextStep {
  const me = w.viewer;
  const may = (a: WishViewAction) => !!w.actions?.includes(a);
  switch (w.status) {
    case 'pending_review':
      return may('review')
        ? { who: '您（站点工作人员）', text: '请看一看这条心愿：没问题就点「通过」，心愿会公开等人认领；不合适就点「不通过」并写明原因。' }
        : { who: '站点工作人员', text: '站点工作人员正在审核。通过后心愿会公开，等待志愿者认领，我们会发消息告诉您。' };
    case 'open': {
      const until = w.expiresAt ? `如果到 ${formatWhen(w.expiresAt)} 还没人认领，心愿会过期。` : '';
      if (me === 'owner')
        return { who: '志愿者或爱心单位', text: `心愿已公开，正在等人认领。有人认领后会发消息告诉您。认领前您可以撤回。${until}` };
      if (w.claimLimitReached)
        return {
          who: '您',
          text: `您已经认领了 ${w.claimLimitReached} 个心愿还没完成，最多同时认领 ${w.claimLimitReached} 个。完成或放弃其中一个后，才能认领这个心愿。`,
        };
      if (may('claim'))
        return {
          who: '您',
          text: `您可以认领这个心愿。认领后能看到受助人的电话和住址，请在 7 天内帮忙实现；受助人确认后您获得 ${w.points} 爱心积分。`,
        };
      return { who: '志愿者或爱心单位', text: '注册志愿者或爱心单位可以认领这个心愿。注册志愿者后，您也能认领。' };
    }
    case 'claimed': {
      const until = w.claimDeadline ? formatWhen(w.claimDeadline) : '7 天内';
      if (me === 'claimer')
        return { who: '您（认领人）', text: `请打电话联系受助人，在 ${until} 前帮忙实现。办好后点「我已完成」，写几句说明。` };
      if (me === 'owner') return { who: by(w), text: `${by(w)} 已认领，会和您联系。如果到 ${until} 还没完成，心愿会回到心愿池。` };
      return { who: by(w), text: `${by(w)} 正在帮忙实现，${until} 前没完成会回到心愿池。` };
    }
    case 'fulfilled': {
      const auto = w.autoConfirmAt ? `到 ${formatWhen(w.autoConfirmAt)} 会自动确认。` : '';
      if (me === 'claimer') return { who: '受助人', text: `等受助人确认。确认后您会获得 ${w.points} 爱心积分。${auto}` };
      if (me === 'owner') return { who: '您', text: `认领人说已经办好了。收到帮助后，请点「确认并评价」。${auto}` };
      if (me === 'staff') return { who: '受助人或您', text: `等受助人确认，也可以由您代为确认。${auto}` };
      return { who: '受助人', text: '认领人已经办好，等受助人确认。' };
    }
    case 'confirmed':
      return {
        who: '',
        text:
          me === 'claimer' && w.pointsAwarded
            ? `心愿已经实现，您获得了 ${w.pointsAwarded} 爱心积分。谢谢您的爱心！`
            : '心愿已经实现。谢谢每一位献出爱心的人！',
      };
    case 'rejected':
      return {
        who: '',
        text: me === 'owner' ? '站点没有通过这条心愿，原因写在下面。您可以按原因修改，重新许个心愿。' : '这条心愿没有通过审核。',
      };
    case 'cancelled':
      return { who: '', text: '这条心愿已经撤回。' };
    case 'expired':
      return { who: '', text: '心愿超过 60 天没人认领，已经过期。可以重新许个心愿。' };
  }
}
