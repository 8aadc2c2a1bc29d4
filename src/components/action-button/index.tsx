import type { ReactNode } from 'react';
import { Button } from '@tarojs/components';
import type { ButtonProps } from '@tarojs/components';
import './index.scss';

export type ActionButtonType = 'primary' | 'secondary' | 'plain' | 'danger';
export type ActionButtonSize = 'large' | 'medium' | 'compact';

export type ActionButtonProps = {
  id?: string;
  type?: ActionButtonType;
  /** large: 96px tall, full width; medium: 88px, full width; compact: 88px, as wide as its text. */
  size?: ActionButtonSize;
  disabled?: boolean;
  /** Shows the busy text and ignores taps. */
  loading?: boolean;
  loadingText?: string;
  /** weapp open abilities, e.g. 'agreePrivacyAuthorization'. */
  openType?: ButtonProps['openType'];
  onClick?: () => void;
  onAgreePrivacyAuthorization?: ButtonProps['onAgreePrivacyAuthorization'];
  className?: string;
  children: ReactNode;
};

/** A big, plain button: at least 88px (44pt) tall, 32px+ text. */
export default function ActionButton({
  id,
  type = 'primary',
  size = 'medium',
  disabled = false,
  loading = false,
  loadingText = '请稍候…',
  openType,
  onClick,
  onAgreePrivacyAuthorization,
  className = '',
  children,
}: ActionButtonProps) {
  const off = disabled || loading;
  return (
    <Button
      id={id}
      className={`action-button action-button--${type} action-button--${size}${off ? ' action-button--disabled' : ''} ${className}`}
      disabled={off}
      openType={openType}
      hoverClass='action-button--hover'
      onClick={off ? undefined : onClick}
      onAgreePrivacyAuthorization={onAgreePrivacyAuthorization}
    >
      {loading ? loadingText : children}
    </Button>
  );
}
