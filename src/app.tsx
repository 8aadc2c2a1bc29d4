import type { PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';
import { ensureSession } from './services/session';
import './app.scss';

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
