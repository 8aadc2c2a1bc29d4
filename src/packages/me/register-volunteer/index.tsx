import ActionButton from '@/components/action-button';
import SessionGate from '@/components/session-gate';
import StateView from '@/components/state-view';
import { ROUTES } from '@/services/env';
import { goBack } from '@/services/nav';
import VolunteerForm from './volunteer-form';
import './index.scss';

/** Volunteer registration: 真实姓名, 手机号, 服务站点, 技能. Success → back to 我的, which shows the status. */
export default function RegisterVolunteerPage() {
  return (
    <SessionGate idPrefix='register'>
      {(user) =>
        user.volunteer ? (
          <StateView
            id='register-done'
            status='empty'
            icon='志'
            title={user.volunteer.status === 'approved' ? '您已经是注册志愿者了' : '注册信息已提交'}
            description={
              user.volunteer.status === 'approved'
                ? '可以去“活动”里报名志愿服务。'
                : '站点管理员审核通过后，您就能报名活动了。'
            }
          >
            <ActionButton id='register-btn-back' type='primary' onClick={() => goBack(ROUTES.me)}>
              返回我的
            </ActionButton>
          </StateView>
        ) : (
          <VolunteerForm user={user} />
        )
      }
    </SessionGate>
  );
}
