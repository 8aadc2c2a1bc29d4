import { Text, View } from '@tarojs/components';

/**
 * A label | value row of a detail page: classes "<block>__row", "__label", "__value", which the page's
 * stylesheet draws with the fact-rows mixin (styles/_mixins.scss); `id` names the value.
 */
export default function FactRow({ block, id, label, children }: { block: string; id?: string; label: string; children: string }) {
  return (
    <View className={`${block}__row`}>
      <Text className={`${block}__label`}>{label}</Text>
      <Text id={id} className={`${block}__value`}>
        {children}
      </Text>
    </View>
  );
}
