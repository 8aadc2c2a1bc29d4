import SessionGate from '@/components/session-gate';
import VolunteerForm from './volunteer-form';

/**
 * Volunteer registration: 真实姓名, 手机号, 服务站点, 技能. Also how a volunteer updates their details or
 * resubmits a registration that was turned down. Success → back to 我的, which shows the status.
 */
export default function RegisterVolunteerPage() {
  return <SessionGate idPrefix='register'>{(user) => <VolunteerForm user={user} />}</SessionGate>;
}
