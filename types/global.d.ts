/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.gif';
declare module '*.jpg';
declare module '*.jpeg';
declare module '*.svg';
declare module '*.css';
declare module '*.less';
declare module '*.scss';
declare module '*.sass';
declare module '*.styl';

declare namespace NodeJS {
  interface ProcessEnv {
    /** NODE 内置环境变量, 会影响到最终构建生成产物 */
    NODE_ENV?: 'development' | 'production' | 'test';
    /** 当前构建的平台 */
    TARO_ENV?: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn';
    /**
     * 当前构建的小程序 appid
     * @see https://taro-docs.jd.com/docs/next/env-mode-config#特殊环境变量-taro_app_id
     */
    TARO_APP_ID?: string;
    /** CloudBase environment id for Taro.cloud.init (weapp). */
    TARO_APP_CLOUD_ENV?: string;
    /** H5: base URL of the gateway (POST {base}/api/fn/:name); '' = same origin. */
    TARO_APP_API_BASE?: string;
    /** H5: 'true' enables the local demo-identity login (POST /api/dev/login). */
    TARO_APP_DEV_LOGIN?: string;
  }
}
