import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { openStationPicker } from '@/services/nav';
import ActionButton from '../action-button';
import './index.scss';

export type TabLink = { id: string; label: string; onClick: () => void };

/** The top of a tab (活动, 心愿): what it is for, then its entries. */
export function TabHead({ lead, children }: { lead: string; children?: ReactNode }) {
  return (
    <View className='tab-head'>
      <Text className='tab-head__lead'>{lead}</Text>
      {children}
    </View>
  );
}

/** The ways to a tab's own pages, as tiles: two a row, or three (`perRow`). Falsy entries are left out. */
export function TabLinks({
  links,
  perRow = 2,
  bare = false,
}: {
  links: (TabLink | false | null | undefined)[];
  perRow?: 2 | 3;
  bare?: boolean;
}) {
  return (
    <View className={`tab-head__links${bare ? ' tab-head__links--bare' : ''}`}>
      {links.map((l) =>
        l ? (
          <View
            key={l.id}
            id={l.id}
            className={`tab-head__link tab-head__link--${perRow}`}
            hoverClass='tab-head__link--hover'
            onClick={l.onClick}
          >
            {l.label}
          </View>
        ) : null,
      )}
    </View>
  );
}

/** A line for someone who is not a volunteer yet, with the way to register. */
export function TabPrompt({ id, text, button, onClick }: { id: string; text: string; button: string; onClick: () => void }) {
  return (
    <View className='tab-head__prompt'>
      <Text className='tab-head__prompt-text'>{text}</Text>
      <ActionButton id={id} type='secondary' size='compact' onClick={onClick}>
        {button}
      </ActionButton>
    </View>
  );
}

/** For a viewer without a home station: choose one to see what is near (`what`: 活动, 心愿 …). */
export function ChooseHomeStation({ id, what }: { id: string; what: string }) {
  return (
    <View className='tab-head__station'>
      <ActionButton id={id} type='secondary' onClick={() => openStationPicker('home')}>
        {`选择我的站点，看身边的${what}`}
      </ActionButton>
    </View>
  );
}

/** A title over a tab's list. */
export function TabSection({ children }: { children: string }) {
  return <Text className='tab-head__section'>{children}</Text>;
}
