import type { Dispatch, SetStateAction } from 'react';
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { choosePhotos, photoSrc, uploadPhoto } from '@/services/upload';
import PrivacyPopup from '../privacy-popup';
import './index.scss';

/** A photo in a form: the local preview, and the cloud file id once uploaded. */
export type PhotoItem = { key: string; preview: string; fileID?: string; status: 'uploading' | 'done' | 'error'; error?: string };

export type WishPhotosProps = {
  /** Ids: "<idPrefix>-add", "<idPrefix>-item-<n>", "<idPrefix>-remove-<n>". */
  idPrefix: string;
  /** Editing: the form's photos and their setter; viewing: pass `fileIDs` instead. */
  items?: PhotoItem[];
  setItems?: Dispatch<SetStateAction<PhotoItem[]>>;
  fileIDs?: string[];
  max?: number;
};

let seq = 0;

/** The uploaded photos' file ids, in order. */
export const photoIds = (items: PhotoItem[]): string[] => items.flatMap((p) => (p.status === 'done' && p.fileID ? [p.fileID] : []));
export const photosBusy = (items: PhotoItem[]): boolean => items.some((p) => p.status === 'uploading');

/**
 * Up to `max` photos: pick (album or camera, after the privacy consent), each uploads at once, 删除 on each;
 * or a grid to look at.
 */
export default function WishPhotos({ idPrefix, items, setItems, fileIDs, max = 3 }: WishPhotosProps) {
  if (!items || !setItems) return <PhotoGrid idPrefix={idPrefix} fileIDs={fileIDs ?? []} />;
  const edit = setItems;

  async function add() {
    const room = max - (items?.length ?? 0);
    const paths = await choosePhotos(room);
    for (const path of paths) {
      const key = `p${++seq}`;
      edit((old) => (old.length >= max ? old : [...old, { key, preview: path, status: 'uploading' }]));
      void uploadPhoto(path).then((r) =>
        edit((old) =>
          old.map((p) =>
            p.key !== key ? p : r.ok ? { ...p, status: 'done', fileID: r.data.fileID } : { ...p, status: 'error', error: r.message },
          ),
        ),
      );
    }
  }

  return (
    <View className='wish-photos'>
      {items.map((p, i) => (
        <View key={p.key} className='wish-photos__cell'>
          <View id={`${idPrefix}-item-${i}`} className='wish-photos__tile' data-status={p.status}>
            <Image className='wish-photos__img' src={p.preview} mode='aspectFill' />
            {p.status !== 'done' ? (
              <Text className={`wish-photos__badge wish-photos__badge--${p.status}`}>
                {p.status === 'uploading' ? '上传中…' : '上传失败'}
              </Text>
            ) : null}
          </View>
          <View
            id={`${idPrefix}-remove-${i}`}
            className='wish-photos__remove'
            hoverClass='wish-photos__remove--hover'
            onClick={() => edit((old) => old.filter((x) => x.key !== p.key))}
          >
            删除
          </View>
        </View>
      ))}
      {items.length < max ? (
        <View id={`${idPrefix}-add`} className='wish-photos__add' hoverClass='wish-photos__add--hover' onClick={add}>
          <Text className='wish-photos__plus'>＋</Text>
          <Text>添加照片</Text>
        </View>
      ) : null}
      {/* Choosing photos is a privacy API on weapp: WeChat asks for consent through this popup. */}
      <PrivacyPopup purpose='photos' />
    </View>
  );
}

function PhotoGrid({ idPrefix, fileIDs }: { idPrefix: string; fileIDs: string[] }) {
  if (!fileIDs.length) return null;
  const urls = fileIDs.map((f) => photoSrc(f));
  const shown = urls.filter((u): u is string => !!u);
  return (
    <View id={`${idPrefix}-grid`} className='wish-photos'>
      {urls.map((u, i) => (
        <View key={fileIDs[i]} id={`${idPrefix}-item-${i}`} className='wish-photos__tile'>
          {u ? (
            <Image className='wish-photos__img' src={u} mode='aspectFill' onClick={() => Taro.previewImage({ current: u, urls: shown })} />
          ) : (
            <Text className='wish-photos__none'>照片</Text>
          )}
        </View>
      ))}
    </View>
  );
}
