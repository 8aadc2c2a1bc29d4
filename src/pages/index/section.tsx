import { Text, View } from '@tarojs/components';
import Cell from '@/components/cell';

/** A row of a section: its id ("<the section's item>-<id>") and its Cell's lines. */
export type SectionRow = [id: string, title: string, description: string | undefined, extra: string | undefined];

export type HomeSectionProps = {
  /** Ids: "<id>" (the block), "<id>-more" (its title row, which opens the rest), "<id>-empty", "<id>-skeleton". */
  id: string;
  title: string;
  /** 查看更多: the tab or list with the rest (none on a skeleton). */
  more?: { label: string; onClick: () => void };
  /** Undefined while the first answer is on its way: a skeleton. */
  rows?: SectionRow[];
  empty?: string;
  /** The rows' id prefix, and what a tap on one opens (none: the rows are not tappable). */
  item?: string;
  open?: (id: string) => void;
};

/**
 * A section of 首页: its title row (tap: 查看更多), up to three compact rows (Cell rows, as 我的 uses: no new
 * styles in the main package), its own empty state and skeleton.
 */
export function HomeSection({ id, title, more, rows, empty, item, open }: HomeSectionProps) {
  return (
    <View id={id} className='page__list'>
      <Cell
        id={`${id}-more`}
        title={<Text className='home-title'>{title}</Text>}
        extra={more && more.label}
        arrow={!!more}
        onClick={more && more.onClick}
      />
      {rows === undefined ? (
        <View id={`${id}-skeleton`} className='home-bones' />
      ) : rows.length ? (
        rows.map(([rowId, rowTitle, description, extra]) => (
          <Cell
            key={rowId}
            id={`${item}-${rowId}`}
            title={rowTitle}
            description={description}
            extra={extra}
            arrow={!!open}
            onClick={open && (() => open(rowId))}
          />
        ))
      ) : (
        <Text id={`${id}-empty`} className='home-empty'>
          {empty}
        </Text>
      )}
    </View>
  );
}
