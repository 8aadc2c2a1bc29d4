import type { PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';
import { applyCareMode } from './services/care';
import { installChunkRetry } from './services/chunk-retry';
import { ensureSession } from './services/session';
import './app.scss';

// Before the first page renders, so a remembered 关怀模式 never flashes small text (H5 only: services/care.ts).
if (process.env.TARO_ENV === 'h5') applyCareMode();

// H5: a page whose code fails to load (offline) shows a retry screen instead of a blank one.
if (process.env.TARO_ENV === 'h5') installChunkRetry();

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      const env = process.env.TARO_APP_CLOUD_ENV;
      // Once per launch; without an env id the DevTools' / the mini-program's default environment is used.
      Taro.cloud.init(env ? { env, traceUser: true } : { traceUser: true });
    }
    // user.login → the session store every page reads (local H5 without an identity: the picker opens).
    void ensureSession();
  });

  // children 是将要会渲染的页面
  return children;
}

export default App;
